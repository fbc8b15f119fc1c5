package io.phiscan.generate;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;

/**
 * A Facebook "Download Your Information" in JSON, 2024 layout, unzipped: the profile
 * ({@code personal_information/profile_information/profile_information.json}), Messenger threads
 * under {@code your_activity_across_facebook/messages/} (inbox, message requests, archived
 * threads; one-to-one and group; long ones split over {@code message_N.json}), the owner's posts
 * and comments. Every string in Meta's mojibake.
 */
final class FacebookExportWriter implements ExportWriter {
    static final String[] GROUP_TITLES = {"Soccer parents", "Book club", "Clinic team", "Neighborhood watch",
        "Running crew", "College friends", "Holiday party planning", "School auction committee"};
    private static final String ROOT = "your_activity_across_facebook";

    @Override
    public ExportResult write(Path out, ExportPlan plan) throws IOException {
        Dice dice = new Dice(plan.seed());
        Physician owner = plan.owner();
        String name = "facebook-" + owner.facebookUser().replace(".", "") + "-2026-02-18-" + dice.alnum(8);
        ExportFolder folder = new ExportFolder(out.resolve(name), name);
        Exchanges talk = new Exchanges(dice, owner, "Facebook", plan.clinicalShare(), true, true);
        profile(folder, owner);
        int[] quota = ExportWriter.split(plan.messages(), 0.80, 0.05, 0.08, 0.07);
        MetaThreads threads = new MetaThreads(folder, dice, ROOT + "/messages", false, plan.part());
        Ids ids = new Ids(10_000_000_000_000_000L, dice.betweenLong(0, 1L << 40));
        int conversations = 0;
        int clinical = 0;
        Timeline time = new Timeline(dice, quota[0] / talk.meanChat());
        for (int left = quota[0]; left > 0; ) {
            Person p = Person.invent(dice, dice.chance(0.12), Person.HandleStyle.NONE, "");
            Conversation c = talk.direct(p, left, time.next());
            int r = dice.below(100);
            String section = c.clinical() && r < 30 ? "message_requests" : r < 88 ? "inbox" : r < 96 ? "archived_threads" : "e2ee_cutover";
            threads.write(section, Person.slug(p.first()) + Person.slug(p.last()) + "_" + ids.next(), new String[] {owner.name(), p.name()}, p.name(), c);
            left -= c.lines().size();
            conversations++;
            clinical += c.clinical() ? 1 : 0;
        }
        conversations += threads.writeGroups(talk, quota[1], owner.name(), 3, 6, Person.HandleStyle.NONE, ids);
        posts(folder, dice, talk, owner, quota[2], plan.part());
        comments(folder, dice, talk, owner, quota[3]);
        return new ExportResult(name, Platform.FACEBOOK, owner.name(), plan.messages(), conversations, clinical,
                folder.files(), folder.bytes());
    }

    private static void profile(ExportFolder folder, Physician owner) throws IOException {
        try (JsonGenerator g = JsonStyles.meta(folder.create("personal_information/profile_information/profile_information.json"))) {
            g.writeStartObject();
            g.writeObjectPropertyStart("profile_v2");
            g.writeObjectPropertyStart("name");
            g.writeStringProperty("full_name", JsonStyles.mojibake(owner.name()));
            g.writeStringProperty("first_name", JsonStyles.mojibake(owner.first()));
            g.writeStringProperty("middle_name", "");
            g.writeStringProperty("last_name", JsonStyles.mojibake(owner.last()));
            g.writeEndObject();
            g.writeObjectPropertyStart("current_city");
            g.writeStringProperty("name", owner.town());
            g.writeNumberProperty("timestamp", 1_470_009_600L);
            g.writeEndObject();
            g.writeNumberProperty("registration_timestamp", 1_242_842_400L);
            g.writeStringProperty("username", owner.facebookUser());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void posts(ExportFolder folder, Dice dice, Exchanges talk, Physician owner, int count, int part) throws IOException {
        Timeline time = new Timeline(dice, count);
        for (int n = 1, done = 0; done < count; n++) {
            String file = ROOT + "/posts/your_posts__check_ins__photos_and_videos_" + n + ".json";
            try (JsonGenerator g = JsonStyles.meta(folder.create(file))) {
                g.writeStartArray();
                for (int i = 0; i < part && done < count; i++, done++) {
                    long at = time.next() / 1000;
                    g.writeStartObject();
                    g.writeNumberProperty("timestamp", at);
                    g.writeArrayPropertyStart("data");
                    g.writeStartObject();
                    g.writeStringProperty("post", JsonStyles.mojibake(talk.post(dice.chance(0.06))));
                    g.writeEndObject();
                    g.writeStartObject();
                    g.writeNumberProperty("update_timestamp", at);
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeStringProperty("title", JsonStyles.mojibake(owner.name()) + " updated the status.");
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
        }
    }

    private static void comments(ExportFolder folder, Dice dice, Exchanges talk, Physician owner, int count) throws IOException {
        if (count == 0) {
            return;
        }
        Timeline time = new Timeline(dice, count);
        try (OutputStream out = folder.create(ROOT + "/comments_and_reactions/comments.json");
                JsonGenerator g = JsonStyles.meta(out)) {
            g.writeStartObject();
            g.writeArrayPropertyStart("comments_v2");
            for (int i = 0; i < count; i++) {
                Person p = Person.invent(dice, dice.chance(0.1), Person.HandleStyle.NONE, "");
                long at = time.next() / 1000;
                g.writeStartObject();
                g.writeNumberProperty("timestamp", at);
                g.writeArrayPropertyStart("data");
                g.writeStartObject();
                g.writeObjectPropertyStart("comment");
                g.writeNumberProperty("timestamp", at);
                g.writeStringProperty("comment", JsonStyles.mojibake(talk.comment(p, "")));
                g.writeStringProperty("author", JsonStyles.mojibake(owner.name()));
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringProperty("title", JsonStyles.mojibake(owner.name() + (dice.chance(0.5) ? " commented on " : " replied to ")
                        + p.name() + (dice.chance(0.5) ? "'s post." : "'s comment.")));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
