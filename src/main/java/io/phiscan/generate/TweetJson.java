package io.phiscan.generate;

import io.phiscan.generate.Conversation.Line;
import tools.jackson.core.JsonGenerator;

/**
 * Writes X archive elements: a tweet ({@code {"tweet": {…}}} with the fields of the current
 * generation, numbers as strings, text HTML-escaped) and a DM conversation
 * ({@code {"dmConversation": {conversationId, messages: [messageCreate…]}}}, newest first).
 * Ids are snowflakes made from the time. Not thread-safe.
 */
final class TweetJson {
    private static final long TWEPOCH = 1_288_834_974_657L;
    private static final String WEB = "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>";
    private static final String IPHONE = "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>";

    private final Dice dice;
    private int sequence;

    TweetJson(Dice dice) {
        this.dice = dice;
    }

    /** A snowflake id for a message at {@code at}: time in the high bits, a sequence in the low ones. */
    String snowflake(long at) {
        return Long.toString(((at - TWEPOCH) << 22) | (sequence++ & 0x3FFFFF));
    }

    /** A tweet; {@code replyTo} (with {@code replyToId}) when it answers someone, {@code lang} "en" or "es". */
    void tweet(JsonGenerator g, String text, long at, Person replyTo, String lang) {
        String id = snowflake(at);
        g.writeStartObject();
        g.writeObjectPropertyStart("tweet");
        g.writeObjectPropertyStart("edit_info");
        g.writeObjectPropertyStart("initial");
        g.writeArrayPropertyStart("editTweetIds");
        g.writeString(id);
        g.writeEndArray();
        g.writeStringProperty("editableUntil", Stamps.isoMillis(at / 1000 * 1000 + 3_600_000));
        g.writeStringProperty("editsRemaining", "5");
        g.writeBooleanProperty("isEditEligible", false);
        g.writeEndObject();
        g.writeEndObject();
        g.writeBooleanProperty("retweeted", false);
        g.writeStringProperty("source", dice.chance(0.5) ? WEB : IPHONE);
        g.writeObjectPropertyStart("entities");
        hashtags(g, text);
        g.writeArrayPropertyStart("symbols");
        g.writeEndArray();
        g.writeArrayPropertyStart("user_mentions");
        if (replyTo != null) {
            g.writeStartObject();
            g.writeStringProperty("name", replyTo.name());
            g.writeStringProperty("screen_name", replyTo.handle());
            indices(g, 0, replyTo.handle().length() + 1);
            g.writeStringProperty("id_str", replyTo.id());
            g.writeStringProperty("id", replyTo.id());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("urls");
        g.writeEndArray();
        g.writeEndObject();
        indices(g, "display_text_range", 0, text.codePointCount(0, text.length()));
        g.writeStringProperty("favorite_count", Integer.toString(dice.below(4) == 0 ? dice.below(40) : 0));
        if (replyTo != null) {
            g.writeStringProperty("in_reply_to_status_id_str", snowflake(at - dice.betweenLong(60_000, 7_200_000)));
            g.writeStringProperty("in_reply_to_user_id", replyTo.id());
        }
        g.writeStringProperty("id_str", id);
        g.writeBooleanProperty("truncated", false);
        g.writeStringProperty("retweet_count", Integer.toString(dice.below(6) == 0 ? dice.below(12) : 0));
        g.writeStringProperty("id", id);
        g.writeStringProperty("created_at", Stamps.tweet(at));
        g.writeBooleanProperty("favorited", false);
        g.writeStringProperty("full_text", escape(text));
        g.writeStringProperty("lang", lang);
        if (replyTo != null) {
            g.writeStringProperty("in_reply_to_screen_name", replyTo.handle());
            g.writeStringProperty("in_reply_to_user_id_str", replyTo.id());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A conversation: 1:1 (with {@code ids[0]} the other person) or a group (every member in {@code ids}). */
    void conversation(JsonGenerator g, String conversationId, Conversation c, String owner, String[] ids, boolean group) {
        g.writeStartObject();
        g.writeObjectPropertyStart("dmConversation");
        g.writeStringProperty("conversationId", conversationId);
        g.writeArrayPropertyStart("messages");
        for (int i = c.lines().size() - 1; i >= 0; i--) {
            Line l = c.lines().get(i);
            String sender = l.byOwner() ? owner : ids[l.speaker()];
            message(g, l, sender, group ? null : (l.byOwner() ? ids[0] : owner), !l.byOwner() && dice.chance(0.05) ? owner : null);
        }
        if (group) {
            g.writeStartObject();
            g.writeObjectPropertyStart("joinConversation");
            g.writeStringProperty("initiatingUserId", ids[0]);
            g.writeArrayPropertyStart("participantsSnapshot");
            g.writeString(owner);
            g.writeString(ids[0]);
            g.writeEndArray();
            g.writeStringProperty("createdAt", Stamps.isoMillis(c.lines().get(0).at() - 60_000));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void message(JsonGenerator g, Line l, String sender, String recipient, String liker) {
        String id = snowflake(l.at());
        g.writeStartObject();
        g.writeObjectPropertyStart("messageCreate");
        if (recipient != null) {
            g.writeStringProperty("recipientId", recipient);
        }
        g.writeArrayPropertyStart("reactions");
        if (liker != null) {
            g.writeStartObject();
            g.writeStringProperty("senderId", liker);
            g.writeStringProperty("reactionKey", "like");
            g.writeStringProperty("eventId", snowflake(l.at() + 90_000));
            g.writeStringProperty("createdAt", Stamps.isoMillis(l.at() + 90_000));
            g.writeEndObject();
        }
        g.writeEndArray();
        String link = l.photo() ? "https://t.co/" + dice.alnum(10) : null;
        g.writeArrayPropertyStart("urls");
        if (link != null) {
            g.writeStartObject();
            g.writeStringProperty("url", link);
            g.writeStringProperty("expanded", "https://twitter.com/messages/media/" + id);
            g.writeStringProperty("display", "pic.twitter.com/" + link.substring(13));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringProperty("text", link != null ? " " + link : escape(l.text()));
        g.writeArrayPropertyStart("mediaUrls");
        if (link != null) {
            g.writeString("https://ton.twitter.com/1.1/ton/data/dm/" + id + "/" + snowflake(l.at() - 900) + "/" + dice.alnum(8) + ".jpg");
        }
        g.writeEndArray();
        g.writeStringProperty("senderId", sender);
        g.writeStringProperty("id", id);
        g.writeStringProperty("createdAt", Stamps.isoMillis(l.at()));
        g.writeArrayPropertyStart("editHistory");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void hashtags(JsonGenerator g, String text) {
        g.writeArrayPropertyStart("hashtags");
        int at = text.indexOf('#');
        while (at >= 0) {
            int end = at + 1;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end > at + 1) {
                g.writeStartObject();
                g.writeStringProperty("text", text.substring(at + 1, end));
                indices(g, text.codePointCount(0, at), text.codePointCount(0, end));
                g.writeEndObject();
            }
            at = text.indexOf('#', end);
        }
        g.writeEndArray();
    }

    private static void indices(JsonGenerator g, int from, int to) {
        indices(g, "indices", from, to);
    }

    private static void indices(JsonGenerator g, String name, int from, int to) {
        g.writeArrayPropertyStart(name);
        g.writeString(Integer.toString(from));
        g.writeString(Integer.toString(to));
        g.writeEndArray();
    }

    /** X's escaping of tweet and DM text: {@code &}, {@code <} and {@code >} as entities. */
    static String escape(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0) {
            return text;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
