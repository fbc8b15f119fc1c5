package io.phiscan.generate;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * An X "Your archive" of the current generation, unzipped: {@code data/manifest.js},
 * {@code data/account.js}, the owner's tweets in {@code data/tweets.js} and
 * {@code data/tweets-partN.js}, one-to-one DMs in {@code data/direct-messages.js} (parts as well)
 * and group DMs in {@code data/direct-messages-group.js}. About a third of the messages are tweets
 * (posts, replies to people, retweets), the rest DMs.
 */
final class TwitterExportWriter implements ExportWriter {

    @Override
    public ExportResult write(Path out, ExportPlan plan) throws IOException {
        Dice dice = new Dice(plan.seed());
        Physician owner = plan.owner();
        String handle = owner.camelHandle();
        String ownerId = Long.toString(1_300_000_000_000_000_000L + dice.betweenLong(0, 99_999_999_999_999_999L));
        String name = "twitter-2026-02-18-" + handle.toLowerCase(java.util.Locale.ROOT);
        ExportFolder folder = new ExportFolder(out.resolve(name), name);
        Exchanges talk = new Exchanges(dice, owner, "X", plan.clinicalShare(), true, false);
        TweetJson json = new TweetJson(dice);
        Ids people = new Ids(100_000_000L, dice.betweenLong(0, 1L << 40));
        int[] quota = ExportWriter.split(plan.messages(), 0.35, 0.58, 0.07);
        List<YtdParts.Part> parts = new ArrayList<>();
        try (YtdParts tweets = new YtdParts(folder, "tweets", "tweets", plan.part())) {
            Timeline time = new Timeline(dice, quota[0]);
            for (int i = 0; i < quota[0]; i++) {
                writeTweet(tweets.next(1, 1), dice, talk, json, people, time.next(), handle);
            }
            tweets.close();
            parts.addAll(tweets.parts());
        }
        int conversations = 0;
        int clinical = 0;
        try (YtdParts dms = new YtdParts(folder, "direct-messages", "direct_messages", plan.part())) {
            Timeline time = new Timeline(dice, quota[1] / talk.meanChat());
            for (int left = quota[1]; left > 0; ) {
                String other = Long.toString(people.next());
                Person p = Person.invent(dice, dice.chance(0.12), Person.HandleStyle.TWITTER, other);
                Conversation c = talk.direct(p, left, time.next());
                boolean low = other.length() < ownerId.length() || (other.length() == ownerId.length() && other.compareTo(ownerId) < 0);
                String id = low ? other + "-" + ownerId : ownerId + "-" + other;
                json.conversation(dms.next(c.lines().size(), 1), id, c, ownerId, new String[] {other}, false);
                left -= c.lines().size();
                conversations++;
                clinical += c.clinical() ? 1 : 0;
            }
            dms.close();
            parts.addAll(dms.parts());
        }
        try (YtdParts groups = new YtdParts(folder, "direct-messages-group", "direct_messages_group", plan.part())) {
            Timeline time = new Timeline(dice, quota[2] / (talk.meanChat() + 2) + 1);
            for (int left = quota[2]; left > 0; ) {
                String[] ids = new String[dice.between(2, 5)];
                List<Person> members = new ArrayList<>();
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = Long.toString(people.next());
                    members.add(Person.invent(dice, false, Person.HandleStyle.TWITTER, ids[i]));
                }
                Conversation c = talk.group(members, left, time.next());
                json.conversation(groups.next(c.lines().size(), 1), Long.toString(people.next() + 1_000_000_000_000_000_000L), c,
                        ownerId, ids, true);
                left -= c.lines().size();
                conversations++;
            }
            groups.close();
            parts.addAll(groups.parts());
        }
        writeAccount(folder, owner, handle, ownerId);
        writeManifest(folder, owner, handle, ownerId, parts);
        return new ExportResult(name, Platform.TWITTER, handle, plan.messages(), conversations, clinical, folder.files(),
                folder.bytes());
    }

    private static void writeTweet(JsonGenerator g, Dice dice, Exchanges talk, TweetJson json, Ids people, long at, String handle) {
        int kind = dice.below(10);
        if (kind < 2) {
            Person p = Person.invent(dice, dice.chance(0.1), Person.HandleStyle.TWITTER, Long.toString(people.next()));
            json.tweet(g, talk.comment(p, "@" + p.handle()), at, p, "en");
        } else if (kind < 3) {
            Person p = Person.invent(dice, false, Person.HandleStyle.TWITTER, Long.toString(people.next()));
            String text = "RT @" + p.handle() + ": " + talk.post(false);
            int cut = Character.isHighSurrogate(text.charAt(Math.min(138, text.length() - 1))) ? 138 : 139;
            json.tweet(g, text.length() > 140 ? text.substring(0, cut) + "…" : text, at, null, "en");
        } else {
            boolean es = dice.chance(0.08);
            json.tweet(g, talk.post(es), at, null, es ? "es" : "en");
        }
    }

    private static void writeAccount(ExportFolder folder, Physician owner, String handle, String ownerId) throws IOException {
        try (JsonGenerator g = JsonStyles.x(folder.create("data/account.js"))) {
            g.writeRaw("window.YTD.account.part0 = ");
            g.writeStartArray();
            g.writeStartObject();
            g.writeObjectPropertyStart("account");
            g.writeStringProperty("email", handle.toLowerCase(java.util.Locale.ROOT) + "@example.invalid");
            g.writeStringProperty("createdVia", "web");
            g.writeStringProperty("username", handle);
            g.writeStringProperty("accountId", ownerId);
            g.writeStringProperty("createdAt", "2015-03-02T10:00:00.000Z");
            g.writeStringProperty("accountDisplayName", owner.titled());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    private static void writeManifest(ExportFolder folder, Physician owner, String handle, String ownerId,
            List<YtdParts.Part> parts) throws IOException {
        long size = folder.bytes();
        try (JsonGenerator g = JsonStyles.x(folder.create("data/manifest.js"))) {
            g.writeRaw("window.__THAR_CONFIG = ");
            g.writeStartObject();
            g.writeObjectPropertyStart("userInfo");
            g.writeStringProperty("accountId", ownerId);
            g.writeStringProperty("userName", handle);
            g.writeStringProperty("displayName", owner.titled());
            g.writeEndObject();
            g.writeObjectPropertyStart("archiveInfo");
            g.writeStringProperty("sizeBytes", Long.toString(size));
            g.writeStringProperty("generationDate", Stamps.isoMillis(Timeline.EXPORTED_AT));
            g.writeBooleanProperty("isPartialArchive", false);
            g.writeStringProperty("maxPartSizeBytes", "53687091200");
            g.writeEndObject();
            g.writeObjectPropertyStart("dataTypes");
            dataType(g, "account", List.of(new YtdParts.Part("data/account.js", "YTD.account.part0", 1)));
            dataType(g, "directMessages", parts.stream().filter(p -> p.globalName().startsWith("YTD.direct_messages.")).toList());
            dataType(g, "directMessagesGroup", parts.stream().filter(p -> p.globalName().startsWith("YTD.direct_messages_group.")).toList());
            dataType(g, "tweets", parts.stream().filter(p -> p.globalName().startsWith("YTD.tweets.")).toList());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void dataType(JsonGenerator g, String type, List<YtdParts.Part> parts) {
        if (parts.isEmpty()) {
            return;
        }
        g.writeObjectPropertyStart(type);
        g.writeArrayPropertyStart("files");
        for (YtdParts.Part p : parts) {
            g.writeStartObject();
            g.writeStringProperty("fileName", p.fileName());
            g.writeStringProperty("globalName", p.globalName());
            g.writeStringProperty("count", Integer.toString(p.count()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
