package io.phiscan.generate;

import io.phiscan.generate.Conversation.Line;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * A LinkedIn "Download your data" complete archive, unzipped: {@code Profile.csv},
 * {@code Connections.csv} (after its {@code Notes:} preamble), {@code messages.csv} with the 2024+
 * columns, notes sent with invitations ({@code Invitations.csv}), the owner's comments
 * ({@code Comments.csv}, quotes escaped with a backslash) and posts ({@code Shares.csv}, with a
 * byte-order mark).
 */
final class LinkedInExportWriter implements ExportWriter {
    private static final String IN = "https://www.linkedin.com/in/";

    @Override
    public ExportResult write(Path out, ExportPlan plan) throws IOException {
        Dice dice = new Dice(plan.seed());
        Physician owner = plan.owner();
        String slug = owner.linkedInSlug();
        String name = "Complete_LinkedInDataExport_02-18-2026_" + slug;
        ExportFolder folder = new ExportFolder(out.resolve(name), name);
        Exchanges talk = new Exchanges(dice, owner, "LinkedIn", plan.clinicalShare(), false, false);
        int[] quota = ExportWriter.split(plan.messages(), 0.80, 0.05, 0.03, 0.06, 0.06);
        CsvParts.whole(folder, "Profile.csv", CsvParts.RFC4180, new String[] {"First Name", "Last Name", "Maiden Name", "Address",
            "Birth Date", "Headline", "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
            "Instant Messengers"}, new String[] {owner.first(), owner.last(), "", "", "", "Physician at " + owner.practice(),
            "Posts here are not medical advice.", "Medical Practices", "", owner.town(), "", "", ""});
        connections(folder, dice);
        int conversations = 0;
        int clinical = 0;
        Ids ids = new Ids(1L << 40, dice.betweenLong(0, 1L << 40));
        try (CsvParts messages = new CsvParts(folder, "messages", quota[0] + quota[1], plan.part(), CsvParts.RFC4180, false, "CONVERSATION ID",
                "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT",
                "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT")) {
            Timeline time = new Timeline(dice, quota[0] / talk.meanChat());
            for (int left = quota[0]; left > 0; ) {
                Person p = Person.invent(dice, dice.chance(0.1), Person.HandleStyle.LINKEDIN, "");
                Conversation c = talk.direct(p, left, time.next());
                conversation(messages.next(c.lines().size()), conversationId(ids), "", owner, slug, List.of(p), c);
                left -= c.lines().size();
                conversations++;
                clinical += c.clinical() ? 1 : 0;
            }
            time = new Timeline(dice, quota[1] / (talk.meanChat() + 2) + 1);
            for (int left = quota[1]; left > 0; ) {
                List<Person> members = new ArrayList<>();
                for (int i = dice.between(2, 4); i > 0; i--) {
                    members.add(Person.invent(dice, false, Person.HandleStyle.LINKEDIN, ""));
                }
                Conversation c = talk.group(members, left, time.next());
                conversation(messages.next(c.lines().size()), conversationId(ids), owner.town() + " physicians", owner, slug, members, c);
                left -= c.lines().size();
                conversations++;
            }
        }
        invitations(folder, dice, talk, owner, slug, quota[2], plan.part());
        ownerPosts(folder, dice, talk, quota[3], quota[4], plan.part());
        return new ExportResult(name, Platform.LINKEDIN, slug, plan.messages(), conversations, clinical, folder.files(), folder.bytes());
    }

    private static String conversationId(Ids ids) {
        return "2-" + Base64.getEncoder().encodeToString(Long.toString(ids.next(), 36).getBytes(StandardCharsets.US_ASCII));
    }

    private static void conversation(CSVPrinter csv, String id, String title, Physician owner, String slug, List<Person> others,
            Conversation c) throws IOException {
        int n = others.size();
        String[] from = new String[n + 1];
        String[] fromUrl = new String[n + 1];
        String[] to = new String[n + 1];
        String[] toUrls = new String[n + 1];
        for (int speaker = -1; speaker < n; speaker++) {
            StringBuilder names = new StringBuilder();
            StringBuilder urls = new StringBuilder();
            if (speaker != Line.OWNER) {
                names.append(owner.name());
                urls.append(IN).append(slug);
            }
            for (int k = 0; k < n; k++) {
                if (k != speaker) {
                    names.append(names.isEmpty() ? "" : ", ").append(others.get(k).name());
                    urls.append(urls.isEmpty() ? "" : ",").append(IN).append(others.get(k).handle());
                }
            }
            from[speaker + 1] = speaker == Line.OWNER ? owner.name() : others.get(speaker).name();
            fromUrl[speaker + 1] = IN + (speaker == Line.OWNER ? slug : others.get(speaker).handle());
            to[speaker + 1] = names.toString();
            toUrls[speaker + 1] = urls.toString();
        }
        for (int i = c.lines().size() - 1; i >= 0; i--) {
            Line l = c.lines().get(i);
            int s = l.speaker() + 1;
            csv.printRecord(id, title, from[s], fromUrl[s], to[s], toUrls[s], Stamps.spaced(l.at(), true), "", l.text(), "INBOX",
                    "", "No", "No");
        }
    }

    private static void connections(ExportFolder folder, Dice dice) throws IOException {
        try (CsvBuffer w = new CsvBuffer(folder.create("Connections.csv"))) {
            w.append("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing."
                    + " You will only see email addresses for connections who have allowed it.\"\n\n");
            CSVPrinter p = new CSVPrinter(w, CsvParts.RFC4180);
            p.printRecord("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On");
            for (int i = dice.between(40, 120); i > 0; i--) {
                Person c = Person.invent(dice, dice.chance(0.1), Person.HandleStyle.LINKEDIN, "");
                p.printRecord(c.first(), c.last(), IN + c.handle(), "", dice.pick(Names.TOWNS) + " Health", "Nurse",
                        dice.between(10, 28) + " Jan " + dice.between(2015, 2025));
            }
            p.flush();
        }
    }

    private static void invitations(ExportFolder folder, Dice dice, Exchanges talk, Physician owner, String slug, int notes,
            int part)
            throws IOException {
        try (CsvParts csv = new CsvParts(folder, "Invitations", notes, part, CsvParts.RFC4180, false, "From", "To", "Sent At",
                "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl")) {
            Timeline time = new Timeline(dice, notes + 1);
            Person first = Person.invent(dice, false, Person.HandleStyle.LINKEDIN, "");
            csv.next(0).printRecord(owner.name(), first.name(), Stamps.shortUs(time.next()), "", "OUTGOING",
                    IN + slug, IN + first.handle());
            for (int i = 0; i < notes; i++) {
                Person p = Person.invent(dice, dice.chance(0.1), Person.HandleStyle.LINKEDIN, "");
                String note = talk.invitation(p);
                csv.next(1).printRecord(p.name(), owner.name(), Stamps.shortUs(time.next()), note, "INCOMING",
                        IN + p.handle(), IN + slug);
            }
        }
    }

    private static void ownerPosts(ExportFolder folder, Dice dice, Exchanges talk, int comments, int shares, int part) throws IOException {
        Timeline time = new Timeline(dice, comments);
        try (CsvParts csv = new CsvParts(folder, "Comments", comments, part, CsvParts.BACKSLASH, false, "Date", "Link", "Message")) {
            for (int i = 0; i < comments; i++) {
                Person p = Person.invent(dice, false, Person.HandleStyle.LINKEDIN, "");
                csv.next(1).printRecord(Stamps.spaced(time.next(), false),
                        "https://www.linkedin.com/feed/update/urn:li:activity:" + dice.digits(19), talk.comment(p, ""));
            }
        }
        time = new Timeline(dice, shares);
        try (CsvParts csv = new CsvParts(folder, "Shares", shares, part, CsvParts.RFC4180, true, "Date", "ShareLink",
                "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility")) {
            for (int i = 0; i < shares; i++) {
                csv.next(1).printRecord(Stamps.spaced(time.next(), false),
                        "https://www.linkedin.com/feed/update/urn:li:share:" + dice.digits(19), talk.post(false), "", "",
                        dice.chance(0.7) ? "PUBLIC" : "MEMBER_NETWORK");
            }
        }
    }
}
