package io.phiscan.generate;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;

/**
 * An Instagram data download in JSON, 2024 layout, unzipped: the profile
 * ({@code personal_information/personal_information/personal_information.json}), DM threads under
 * {@code your_instagram_activity/messages/inbox/<user name>_<id>/message_N.json} and the owner's
 * comments in {@code your_instagram_activity/comments/post_comments_N.json}. Every string in
 * Meta's mojibake.
 */
final class InstagramExportWriter implements ExportWriter {
    private static final String ROOT = "your_instagram_activity";

    @Override
    public ExportResult write(Path out, ExportPlan plan) throws IOException {
        Dice dice = new Dice(plan.seed());
        Physician owner = plan.owner();
        String handle = owner.instagramHandle();
        String name = "instagram-" + handle + "-2026-02-18-" + dice.alnum(8);
        ExportFolder folder = new ExportFolder(out.resolve(name), name);
        Exchanges talk = new Exchanges(dice, owner, "Instagram", plan.clinicalShare(), true, true);
        profile(folder, owner, handle);
        int[] quota = ExportWriter.split(plan.messages(), 0.82, 0.03, 0.15);
        MetaThreads threads = new MetaThreads(folder, dice, ROOT + "/messages", true, plan.part());
        Ids ids = new Ids(17_840_000_000_000_000L, dice.betweenLong(0, 1L << 40));
        int conversations = 0;
        int clinical = 0;
        Timeline time = new Timeline(dice, quota[0] / talk.meanChat());
        for (int left = quota[0]; left > 0; ) {
            Person p = Person.invent(dice, dice.chance(0.12), Person.HandleStyle.INSTAGRAM, "");
            Conversation c = talk.direct(p, left, time.next());
            String section = c.clinical() && dice.chance(0.3) ? "message_requests" : "inbox";
            threads.write(section, p.handle() + "_" + ids.next(), new String[] {owner.titled(), p.name()}, p.name(), c);
            left -= c.lines().size();
            conversations++;
            clinical += c.clinical() ? 1 : 0;
        }
        conversations += threads.writeGroups(talk, quota[1], owner.titled(), 3, 5, Person.HandleStyle.INSTAGRAM, ids);
        comments(folder, dice, talk, quota[2], plan.part());
        return new ExportResult(name, Platform.INSTAGRAM, handle, plan.messages(), conversations, clinical,
                folder.files(), folder.bytes());
    }

    private static void profile(ExportFolder folder, Physician owner, String handle) throws IOException {
        try (JsonGenerator g = JsonStyles.meta(folder.create("personal_information/personal_information/personal_information.json"))) {
            g.writeStartObject();
            g.writeArrayPropertyStart("profile_user");
            g.writeStartObject();
            g.writeObjectPropertyStart("string_map_data");
            field(g, "Email", handle.replace("dr.", "") + "@example.invalid");
            field(g, "Username", handle);
            field(g, "Name", owner.titled());
            field(g, "Bio", owner.practice() + " \uD83E\uDE7A No medical advice via DM, call " + owner.phone());
            field(g, "Private Account", "False");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void field(JsonGenerator g, String key, String value) {
        g.writeObjectPropertyStart(key);
        g.writeStringProperty("href", "");
        g.writeStringProperty("value", JsonStyles.mojibake(value));
        g.writeNumberProperty("timestamp", 0);
        g.writeEndObject();
    }

    private static void comments(ExportFolder folder, Dice dice, Exchanges talk, int count, int part) throws IOException {
        Timeline time = new Timeline(dice, count);
        for (int file = 1, done = 0; done < count; file++) {
            try (JsonGenerator g = JsonStyles.meta(folder.create(ROOT + "/comments/post_comments_" + file + ".json"))) {
                g.writeStartArray();
                for (int i = 0; i < part && done < count; i++, done++) {
                    Person p = Person.invent(dice, dice.chance(0.1), Person.HandleStyle.INSTAGRAM, "");
                    long at = time.next() / 1000;
                    g.writeStartObject();
                    g.writeArrayPropertyStart("media_list_data");
                    g.writeStartObject();
                    g.writeStringProperty("uri", "");
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeObjectPropertyStart("string_map_data");
                    g.writeObjectPropertyStart("Comment");
                    g.writeStringProperty("value", JsonStyles.mojibake(talk.comment(p, "@" + p.handle())));
                    g.writeEndObject();
                    g.writeObjectPropertyStart("Media Owner");
                    g.writeStringProperty("value", p.handle());
                    g.writeEndObject();
                    g.writeObjectPropertyStart("Time");
                    g.writeNumberProperty("timestamp", at);
                    g.writeEndObject();
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
        }
    }
}
