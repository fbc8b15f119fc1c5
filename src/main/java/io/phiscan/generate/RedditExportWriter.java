package io.phiscan.generate;

import io.phiscan.generate.Conversation.Line;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Reddit data request, unzipped: {@code statistics.csv} (the account name), private messages
 * ({@code messages.csv}: {@code id, permalink, thread_id, date, ip, from, to, subject, body}),
 * chats ({@code chat_history.csv}, direct and group channels), the owner's {@code comments.csv}
 * and {@code posts.csv}, each split as {@code name_1.csv}, {@code name_2.csv} when large.
 */
final class RedditExportWriter implements ExportWriter {
    private static final String[] SUBREDDITS = {"Parenting", "Pediatrics", "running", "books", "AskDocs", "cycling",
        "gardening", "Cooking", "hiking", "FamilyMedicine"};
    private static final String[] SUBJECTS = {"Hello!", "Saturday ride", "Thanks", "Quick question", "Your post", "Book club",
        "Meetup", "Trail conditions"};
    private static final String[] CLINICAL_SUBJECTS = {"Question about my kid", "Are you Dr. ", "quick question",
        "Sorry to bother you", "Pregunta", "need some advice"};

    @Override
    public ExportResult write(Path out, ExportPlan plan) throws IOException {
        Dice dice = new Dice(plan.seed());
        Physician owner = plan.owner();
        String user = owner.camelHandle();
        String name = "export_" + user + "_20260218";
        ExportFolder folder = new ExportFolder(out.resolve(name), name);
        Exchanges talk = new Exchanges(dice, owner, "Reddit", plan.clinicalShare(), false, false);
        CsvParts.whole(folder, "statistics.csv", CsvParts.RFC4180, new String[] {"statistic", "value"},
                new String[] {"account name", user}, new String[] {"export time", "2026-02-18 07:41:22 UTC"},
                new String[] {"is_deleted", "False"}, new String[] {"registration date", "2021-03-14 18:02:11 UTC"});
        int[] quota = ExportWriter.split(plan.messages(), 0.35, 0.30, 0.28, 0.07);
        Ids ids = new Ids(2_176_782_336L, dice.betweenLong(0, 1L << 40), 34); // 36^6: seven base-36 digits, as Reddit's
        int conversations = 0;
        int clinical = 0;
        try (CsvParts csv = new CsvParts(folder, "messages", quota[0], plan.part(), CsvParts.RFC4180, false, "id", "permalink", "thread_id",
                "date", "ip", "from", "to", "subject", "body")) {
            Timeline time = new Timeline(dice, quota[0] / talk.meanChat());
            for (int left = quota[0]; left > 0; ) {
                Person p = Person.invent(dice, dice.chance(0.1), Person.HandleStyle.REDDIT, "");
                Conversation c = talk.direct(p, left, time.next());
                String subject = c.clinical() ? dice.pick(CLINICAL_SUBJECTS) : dice.pick(SUBJECTS);
                subject = subject.endsWith("Dr. ") ? subject + owner.last() + "?" : subject;
                String[] rows = new String[c.lines().size()];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = ids.nextBase36();
                }
                for (int i = c.lines().size() - 1; i >= 0; i--) {
                    Line l = c.lines().get(i);
                    csv.next(1).printRecord(rows[i], "https://www.reddit.com/message/messages/" + rows[i], rows[0],
                            date(l.at()), dice.chance(0.5) ? "" : "203.0.113." + dice.between(1, 254),
                            l.byOwner() ? user : p.handle(), l.byOwner() ? p.handle() : user, (i == 0 ? "" : "re: ") + subject,
                            l.text());
                }
                left -= c.lines().size();
                conversations++;
                clinical += c.clinical() ? 1 : 0;
            }
        }
        int[] chat = ExportWriter.split(quota[1], 0.7, 0.3);
        try (CsvParts csv = new CsvParts(folder, "chat_history", quota[1], plan.part(), CsvParts.RFC4180, false, "message_id", "created_at",
                "updated_at", "username", "message", "thread_parent_message_id", "channel_url", "subreddit", "channel_name",
                "conversation_type")) {
            Timeline time = new Timeline(dice, quota[1] / talk.meanChat() + 1);
            for (int left = chat[0]; left > 0; ) {
                Person p = Person.invent(dice, dice.chance(0.1), Person.HandleStyle.REDDIT, "");
                Conversation c = talk.direct(p, left, time.next());
                chat(csv, ids, c, user, List.of(p), "sendbird_group_channel_" + ids.next() + "_" + dice.hex(2), "", "", "direct");
                left -= c.lines().size();
                conversations++;
                clinical += c.clinical() ? 1 : 0;
            }
            for (int left = chat[1]; left > 0; ) {
                List<Person> members = new ArrayList<>();
                for (int i = dice.between(2, 6); i > 0; i--) {
                    members.add(Person.invent(dice, false, Person.HandleStyle.REDDIT, ""));
                }
                String sub = dice.pick(SUBREDDITS);
                Conversation c = talk.group(members, left, time.next());
                chat(csv, ids, c, user, members, "sendbird_group_channel_" + ids.next() + "_" + dice.hex(2), sub, "r/" + sub + " chat", "group");
                left -= c.lines().size();
                conversations++;
            }
        }
        RedditOwnerPosts.write(folder, dice, talk, ids, quota[2], quota[3], plan.part());
        return new ExportResult(name, Platform.REDDIT, user, plan.messages(), conversations, clinical, folder.files(), folder.bytes());
    }

    static String date(long at) {
        return Stamps.spaced(at, true);
    }

    private static void chat(CsvParts csv, Ids ids, Conversation c, String user, List<Person> others, String channel, String sub,
            String channelName, String type) throws IOException {
        for (Line l : c.lines()) {
            String id = "msg_" + ids.nextBase36().toUpperCase(Locale.ROOT);
            csv.next(1).printRecord(id, date(l.at()), "", l.byOwner() ? user : others.get(l.speaker()).handle(), l.text(), "",
                    channel, sub, channelName, type);
        }
    }
}
