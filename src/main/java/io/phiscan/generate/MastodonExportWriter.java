package io.phiscan.generate;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;

/**
 * A Mastodon account archive, unpacked: {@code actor.json}, {@code outbox.json} (one line, the
 * owner's activities oldest first: posts, replies to people with their mention, boosts that are no
 * message of the owner's), and empty {@code likes.json} and {@code bookmarks.json}. The archive
 * holds only the owner's side, so the planted clinical exchanges are the owner's replies that tie
 * a child's illness to the parent answered.
 */
final class MastodonExportWriter implements ExportWriter {
    static final String HOST = "med-social.example";

    @Override
    public ExportResult write(Path out, ExportPlan plan) throws IOException {
        Dice dice = new Dice(plan.seed());
        Physician owner = plan.owner();
        String user = owner.mastodonUser();
        String actor = "https://" + HOST + "/users/" + user;
        String name = "archive-20260218074122-" + dice.hex(16);
        ExportFolder folder = new ExportFolder(out.resolve(name), name);
        Exchanges talk = new Exchanges(dice, owner, "Mastodon", plan.clinicalShare(), false, false);
        MastodonStatus status = new MastodonStatus(dice, actor, user);
        actor(folder, owner, user, actor);
        empty(folder, "likes.json");
        empty(folder, "bookmarks.json");
        int boosts = plan.messages() / 20;
        int conversations = 0;
        int clinical = 0;
        try (JsonGenerator g = JsonStyles.compact(folder.create("outbox.json"))) {
            g.writeStartObject();
            g.writeStringProperty("@context", "https://www.w3.org/ns/activitystreams");
            g.writeStringProperty("id", "outbox.json");
            g.writeStringProperty("type", "OrderedCollection");
            g.writeNumberProperty("totalItems", plan.messages() + boosts);
            g.writeArrayPropertyStart("orderedItems");
            Timeline time = new Timeline(dice, plan.messages() + boosts, true);
            for (int posts = plan.messages(), left = boosts; posts + left > 0; ) {
                long at = time.next() / 1000 * 1000;
                if (left > 0 && dice.below(posts + left) < left) {
                    status.boost(g, at);
                    left--;
                    continue;
                }
                posts--;
                if (dice.chance(0.3)) {
                    Person p = Person.invent(dice, dice.chance(0.12), Person.HandleStyle.MASTODON, "");
                    conversations++;
                    if (talk.nextIsClinical()) {
                        clinical++;
                        status.reply(g, at, p, talk.disclosure(p, ""), dice.chance(0.3));
                    } else {
                        status.reply(g, at, p, talk.comment(p, ""), false);
                    }
                } else {
                    status.post(g, at, talk.post(dice.chance(0.06)), dice.below(10));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return new ExportResult(name, Platform.MASTODON, user + "@" + HOST, plan.messages(), conversations, clinical,
                folder.files(), folder.bytes());
    }

    static String iso(long at) {
        return Stamps.isoSeconds(at);
    }

    private static void actor(ExportFolder folder, Physician owner, String user, String actor) throws IOException {
        try (JsonGenerator g = JsonStyles.compact(folder.create("actor.json"))) {
            g.writeStartObject();
            g.writeArrayPropertyStart("@context");
            g.writeString("https://www.w3.org/ns/activitystreams");
            g.writeString("https://w3id.org/security/v1");
            g.writeEndArray();
            g.writeStringProperty("id", actor);
            g.writeStringProperty("type", "Person");
            g.writeStringProperty("following", actor + "/following");
            g.writeStringProperty("followers", actor + "/followers");
            g.writeStringProperty("inbox", actor + "/inbox");
            g.writeStringProperty("outbox", "outbox.json");
            g.writeStringProperty("preferredUsername", user);
            g.writeStringProperty("name", owner.titled());
            g.writeStringProperty("summary", "<p>" + owner.practice() + ". Posts are not medical advice.</p>");
            g.writeStringProperty("url", "https://" + HOST + "/@" + user);
            g.writeBooleanProperty("manuallyApprovesFollowers", false);
            g.writeStringProperty("published", "2022-11-08T00:00:00Z");
            g.writeStringProperty("likes", "likes.json");
            g.writeStringProperty("bookmarks", "bookmarks.json");
            g.writeEndObject();
        }
    }

    private static void empty(ExportFolder folder, String file) throws IOException {
        try (JsonGenerator g = JsonStyles.compact(folder.create(file))) {
            g.writeStartObject();
            g.writeStringProperty("@context", "https://www.w3.org/ns/activitystreams");
            g.writeStringProperty("id", file);
            g.writeStringProperty("type", "OrderedCollection");
            g.writeArrayPropertyStart("orderedItems");
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
