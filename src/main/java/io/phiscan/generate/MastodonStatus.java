package io.phiscan.generate;

import tools.jackson.core.JsonGenerator;

/**
 * Writes the activities of a Mastodon outbox: a {@code Create} of a {@code Note} (the status, its
 * HTML content with hashtags and mentions as Mastodon renders them, addressing that makes it
 * public, unlisted, followers-only or direct) and an {@code Announce} (a boost). Status ids grow
 * with time. Not thread-safe.
 */
final class MastodonStatus {
    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    private final Dice dice;
    private final String actor;
    private final String statuses;
    private final String url;
    private final String followers;
    private final String conversation;
    private int sequence;

    MastodonStatus(Dice dice, String actor, String user) {
        this.dice = dice;
        this.actor = actor;
        this.statuses = actor + "/statuses/";
        this.url = "https://" + MastodonExportWriter.HOST + "/@" + user + "/";
        this.followers = actor + "/followers";
        this.conversation = "tag:" + MastodonExportWriter.HOST + ",";
    }

    /** A post; {@code visibility} 0–6 public, 7–8 unlisted, 9 followers only. */
    void post(JsonGenerator g, long at, String text, int visibility) {
        String[] to = visibility < 7 ? new String[] {PUBLIC} : new String[] {followers};
        String[] cc = visibility < 7 ? new String[] {followers} : visibility < 9 ? new String[] {PUBLIC} : new String[0];
        create(g, at, html(text, null), to, cc, null, null);
    }

    /** A reply to {@code p}, public (the person in {@code cc}) or direct (only the person addressed). */
    void reply(JsonGenerator g, long at, Person p, String text, boolean direct) {
        int sep = p.handle().indexOf('@');
        String name = p.handle().substring(0, sep);
        String host = p.handle().substring(sep + 1);
        String them = "https://" + host + "/users/" + name;
        String inReplyTo = them + "/statuses/" + dice.digits(12);
        String[] to = direct ? new String[] {them} : new String[] {PUBLIC};
        String[] cc = direct ? new String[0] : new String[] {followers, them};
        create(g, at, html(text, p), to, cc, inReplyTo, p);
    }

    /** A boost of someone else's status: no text of the owner's. */
    void boost(JsonGenerator g, long at) {
        g.writeStartObject();
        g.writeStringProperty("id", statuses + id(at) + "/activity");
        g.writeStringProperty("type", "Announce");
        g.writeStringProperty("actor", actor);
        g.writeStringProperty("published", MastodonExportWriter.iso(at));
        strings(g, "to", PUBLIC);
        strings(g, "cc", followers);
        g.writeStringProperty("object", "https://" + dice.pick(Names.INSTANCES) + "/users/" + dice.pick(Names.WORDS)
                + "/statuses/" + dice.digits(18));
        g.writeEndObject();
    }

    private void create(JsonGenerator g, long at, String html, String[] to, String[] cc, String inReplyTo, Person mention) {
        String id = id(at);
        String status = statuses + id;
        String published = MastodonExportWriter.iso(at);
        g.writeStartObject();
        g.writeStringProperty("id", status + "/activity");
        g.writeStringProperty("type", "Create");
        g.writeStringProperty("actor", actor);
        g.writeStringProperty("published", published);
        strings(g, "to", to);
        strings(g, "cc", cc);
        g.writeObjectPropertyStart("object");
        g.writeStringProperty("id", status);
        g.writeStringProperty("type", "Note");
        g.writeNullProperty("summary");
        nullable(g, "inReplyTo", inReplyTo);
        g.writeStringProperty("published", published);
        g.writeStringProperty("url", url + id);
        g.writeStringProperty("attributedTo", actor);
        strings(g, "to", to);
        strings(g, "cc", cc);
        g.writeBooleanProperty("sensitive", false);
        g.writeStringProperty("atomUri", status);
        nullable(g, "inReplyToAtomUri", inReplyTo);
        g.writeStringProperty("conversation", conversation + published.substring(0, 10) + ":objectId=" + id
                + ":objectType=Conversation");
        g.writeStringProperty("content", html);
        g.writeObjectPropertyStart("contentMap");
        g.writeStringProperty("en", html);
        g.writeEndObject();
        g.writeArrayPropertyStart("attachment");
        g.writeEndArray();
        g.writeArrayPropertyStart("tag");
        if (mention != null) {
            int sep = mention.handle().indexOf('@');
            g.writeStartObject();
            g.writeStringProperty("type", "Mention");
            g.writeStringProperty("href", "https://" + mention.handle().substring(sep + 1) + "/users/" + mention.handle().substring(0, sep));
            g.writeStringProperty("name", "@" + mention.handle());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectPropertyStart("replies");
        g.writeStringProperty("id", status + "/replies");
        g.writeStringProperty("type", "Collection");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private String id(long at) {
        return Long.toString((at << 16) | (sequence++ & 0xFFFF));
    }

    /** The status as Mastodon renders it: a paragraph, the mention as an h-card, hashtags as links. */
    private static String html(String text, Person mention) {
        StringBuilder b = new StringBuilder(text.length() + 160).append("<p>");
        if (mention != null) {
            int sep = mention.handle().indexOf('@');
            String name = mention.handle().substring(0, sep);
            b.append("<span class=\"h-card\" translate=\"no\"><a href=\"https://").append(mention.handle(), sep + 1,
                    mention.handle().length()).append("/@").append(name).append("\" class=\"u-url mention\">@<span>")
                    .append(name).append("</span></a></span> ");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                String tag = text.substring(i + 1, end);
                b.append("<a href=\"https://").append(MastodonExportWriter.HOST).append("/tags/").append(tag)
                        .append("\" class=\"mention hashtag\" rel=\"tag\">#<span>").append(tag).append("</span></a>");
                i = end - 1;
            } else if (c == '&') {
                b.append("&amp;");
            } else if (c == '<') {
                b.append("&lt;");
            } else if (c == '>') {
                b.append("&gt;");
            } else if (c == '"') {
                b.append("&quot;");
            } else {
                b.append(c);
            }
        }
        return b.append("</p>").toString();
    }

    private static void strings(JsonGenerator g, String name, String... values) {
        g.writeArrayPropertyStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void nullable(JsonGenerator g, String name, String value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else {
            g.writeStringProperty(name, value);
        }
    }
}
