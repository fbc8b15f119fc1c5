package io.phiscan.generate;

import io.phiscan.generate.Conversation.Line;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes Messenger and Instagram thread folders: {@code <root>/<section>/<folder>/message_N.json},
 * newest messages first, {@code message_1.json} the newest slice and a new file every
 * {@link #PER_FILE} messages or the export's part size if smaller (Meta splits long threads the
 * same way, at a larger size), every
 * string in Meta's mojibake. A photo alone is a message with {@code photos} (and, on Instagram,
 * the "… sent an attachment." line); now and then a reaction line that is no message is added,
 * as Meta writes them. Not thread-safe.
 */
final class MetaThreads {
    /** Messages per thread file: smaller than Meta's own split, so that split threads are common. */
    static final int PER_FILE = 200;

    private final ExportFolder folder;
    private final Dice dice;
    private final String root;
    private final boolean instagram;
    private final int perFile;

    /** @param root the messages folder ({@code your_activity_across_facebook/messages}) */
    MetaThreads(ExportFolder folder, Dice dice, String root, boolean instagram, int part) {
        this.folder = folder;
        this.dice = dice;
        this.root = root;
        this.instagram = instagram;
        this.perFile = Math.min(PER_FILE, part);
    }

    /**
     * Writes group threads (the owner and {@code minMembers} to {@code maxMembers} others, titled
     * from {@link FacebookExportWriter#GROUP_TITLES}) into {@code inbox} until they hold {@code messages}.
     *
     * @return how many threads were written
     */
    int writeGroups(Exchanges talk, int messages, String ownerName, int minMembers, int maxMembers, Person.HandleStyle style,
            Ids ids) throws IOException {
        int threads = 0;
        Timeline time = new Timeline(dice, messages / (talk.meanChat() + 2) + 1);
        for (int left = messages; left > 0; ) {
            List<Person> members = new ArrayList<>();
            String[] names = new String[dice.between(minMembers, maxMembers)];
            names[0] = ownerName;
            for (int i = 1; i < names.length; i++) {
                members.add(Person.invent(dice, false, style, ""));
                names[i] = members.get(i - 1).name();
            }
            String title = dice.pick(FacebookExportWriter.GROUP_TITLES);
            Conversation c = talk.group(members, left, time.next());
            write("inbox", Person.slug(title) + "_" + ids.next(), names, title, c);
            left -= c.lines().size();
            threads++;
        }
        return threads;
    }

    /**
     * Writes one thread.
     *
     * @param names the participants: the owner first, then the others (a line's speaker {@code i} is {@code names[i + 1]})
     * @param title the thread's title (the other person's name, or a group's name)
     */
    void write(String section, String thread, String[] names, String title, Conversation c) throws IOException {
        List<Line> lines = c.lines();
        int files = (lines.size() + perFile - 1) / perFile;
        boolean reaction = dice.chance(0.03);
        for (int f = 0; f < files; f++) {
            int newest = lines.size() - 1 - f * perFile;
            int oldest = Math.max(0, newest - perFile + 1);
            String path = root + "/" + section + "/" + thread + "/message_" + (f + 1) + ".json";
            try (JsonGenerator g = JsonStyles.meta(folder.create(path))) {
                g.writeStartObject();
                g.writeArrayPropertyStart("participants");
                for (int i = names.length - 1; i >= 0; i--) {
                    g.writeStartObject();
                    g.writeStringProperty("name", JsonStyles.mojibake(names[i]));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("messages");
                if (reaction && f == 0 && !lines.get(newest).byOwner()) {
                    event(g, names[lines.get(newest).speaker() + 1], lines.get(newest).at() + 45_000);
                }
                for (int i = newest; i >= oldest; i--) {
                    message(g, section, thread, lines.get(i), names[lines.get(i).speaker() + 1]);
                }
                g.writeEndArray();
                g.writeStringProperty("title", JsonStyles.mojibake(title));
                g.writeBooleanProperty("is_still_participant", true);
                if (!instagram) {
                    g.writeStringProperty("thread_type", names.length > 2 ? "RegularGroup" : "Regular");
                }
                g.writeStringProperty("thread_path", section + "/" + thread);
                g.writeArrayPropertyStart("magic_words");
                g.writeEndArray();
                g.writeEndObject();
            }
        }
    }

    private void message(JsonGenerator g, String section, String thread, Line l, String sender) {
        g.writeStartObject();
        g.writeStringProperty("sender_name", JsonStyles.mojibake(sender));
        g.writeNumberProperty("timestamp_ms", l.at());
        if (l.photo()) {
            if (instagram) {
                g.writeStringProperty("content", JsonStyles.mojibake(sender) + " sent an attachment.");
            }
            g.writeArrayPropertyStart("photos");
            g.writeStartObject();
            g.writeStringProperty("uri", root + "/" + section + "/" + thread + "/photos/" + dice.digits(17) + ".jpg");
            g.writeNumberProperty("creation_timestamp", l.at() / 1000);
            g.writeEndObject();
            g.writeEndArray();
        } else {
            g.writeStringProperty("content", JsonStyles.mojibake(l.text()));
        }
        g.writeBooleanProperty("is_geoblocked_for_viewer", false);
        g.writeEndObject();
    }

    /** "Reacted ❤ to your message": an event Meta writes as a message, which phiscan does not count. */
    private void event(JsonGenerator g, String sender, long at) {
        g.writeStartObject();
        g.writeStringProperty("sender_name", JsonStyles.mojibake(sender));
        g.writeNumberProperty("timestamp_ms", at);
        g.writeStringProperty("content", JsonStyles.mojibake(instagram ? "Liked a message" : "Reacted ❤️ to your message"));
        g.writeBooleanProperty("is_geoblocked_for_viewer", false);
        g.writeEndObject();
    }
}
