package io.phiscan.ingest;

import io.phiscan.model.Author;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells who owns a LinkedIn export, by this rule:
 * <ol>
 * <li>the member named in {@code Profile.csv} (First Name + Last Name); the profile URL is then
 * taken from {@code Invitations.csv} (the inviter of an OUTGOING invitation, the invitee of an
 * INCOMING one) or else from {@code messages.csv} (the sender URL of a message sent under that
 * name);</li>
 * <li>without {@code Profile.csv}: the one participant (by name) found in every conversation of
 * {@code messages.csv}, when there are at least two conversations;</li>
 * <li>else the sender of the OUTGOING invitations.</li>
 * </ol>
 * {@code FOLDER} is not used: LinkedIn files sent messages under {@code INBOX} too. Reads the
 * files once each, at recognition. Stateless.
 */
final class LinkedInOwner {

    /** The owner, and the rule that found it (for the run summary). */
    record Found(Author owner, String rule) {
    }

    private LinkedInOwner() {
    }

    static Found find(ExportTree tree, String profile, List<String> invitations, List<String> messages)
            throws IOException {
        String name = profile == null ? null : profileName(tree, profile);
        if (name != null) {
            String url = invitationUrl(tree, invitations);
            String from = "Invitations.csv";
            if (url == null) {
                url = senderUrl(tree, messages, name);
                from = "messages.csv";
            }
            return new Found(new Author(null, LinkedInPeople.slug(url), name), "the owner is the member named in Profile.csv"
                    + (url == null ? " (no profile URL found)" : ", profile URL from " + from));
        }
        Author every = inEveryConversation(tree, messages);
        if (every != null) {
            return new Found(every, "no Profile.csv: the owner is the one participant of every conversation in messages.csv");
        }
        Author inviter = outgoingInviter(tree, invitations);
        if (inviter != null) {
            return new Found(inviter, "no Profile.csv: the owner is the sender of the outgoing invitations");
        }
        return null;
    }

    private static String profileName(ExportTree tree, String profile) throws IOException {
        List<String> found = new ArrayList<>();
        scan(tree, profile, h -> h.contains("FIRST NAME") && h.contains("LAST NAME"), row -> {
            if (found.isEmpty()) {
                String n = LinkedInPeople.fullName(row.get("First Name"), row.get("Last Name"));
                if (n != null) {
                    found.add(n);
                }
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private static String invitationUrl(ExportTree tree, List<String> invitations) throws IOException {
        List<String> found = new ArrayList<>();
        for (String entry : invitations) {
            scan(tree, entry, LinkedInExportReader::isInvitationsHeader, row -> {
                String d = row.get("Direction");
                String url = "OUTGOING".equalsIgnoreCase(d) ? row.get("inviterProfileUrl")
                        : "INCOMING".equalsIgnoreCase(d) ? row.get("inviteeProfileUrl") : null;
                if (url != null && found.isEmpty()) {
                    found.add(url);
                }
            });
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static String senderUrl(ExportTree tree, List<String> messages, String name) throws IOException {
        List<String> found = new ArrayList<>();
        for (String entry : messages) {
            scan(tree, entry, LinkedInExportReader::isMessagesHeader, row -> {
                String url = row.get("SENDER PROFILE URL");
                if (found.isEmpty() && url != null && name.equalsIgnoreCase(strip(row.get("FROM")))) {
                    found.add(url);
                }
            });
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static Author inEveryConversation(ExportTree tree, List<String> messages) throws IOException {
        Map<String, Set<String>> byConversation = new HashMap<>();
        Map<String, Author> people = new LinkedHashMap<>();
        LinkedInPeople plain = new LinkedInPeople(new Author(null, null, "\u0000"), Map.of());
        for (String entry : messages) {
            scan(tree, entry, LinkedInExportReader::isMessagesHeader, row -> {
                String conversation = row.get("CONVERSATION ID");
                if (conversation == null) {
                    return;
                }
                Set<String> in = byConversation.computeIfAbsent(conversation, k -> new HashSet<>());
                List<Author> all = new ArrayList<>(plain.recipients(row.get("TO"), row.get("RECIPIENT PROFILE URLS")));
                Author from = plain.person(row.get("FROM"), row.get("SENDER PROFILE URL"));
                if (from != null) {
                    all.add(from);
                }
                for (Author a : all) {
                    String key = a.name() != null ? a.name().toLowerCase(Locale.ROOT) : a.handle();
                    in.add(key);
                    people.merge(key, a, Author::mergedWith);
                }
            });
        }
        if (byConversation.size() < 2) {
            return null;
        }
        Set<String> common = null;
        for (Set<String> in : byConversation.values()) {
            if (common == null) {
                common = new HashSet<>(in);
            } else {
                common.retainAll(in);
            }
        }
        return common.size() == 1 ? people.get(common.iterator().next()) : null;
    }

    private static Author outgoingInviter(ExportTree tree, List<String> invitations) throws IOException {
        List<Author> found = new ArrayList<>();
        for (String entry : invitations) {
            scan(tree, entry, LinkedInExportReader::isInvitationsHeader, row -> {
                if (found.isEmpty() && "OUTGOING".equalsIgnoreCase(row.get("Direction")) && row.get("From") != null) {
                    found.add(new Author(null, LinkedInPeople.slug(row.get("inviterProfileUrl")), row.get("From").strip()));
                }
            });
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Runs through a CSV's rows; bad rows are left for the reading of the part to report. */
    static void scan(ExportTree tree, String entry, Predicate<List<String>> header, java.util.function.Consumer<CsvRow> row)
            throws IOException {
        try (CsvCursor c = new CsvCursor(tree.displayName(), entry, () -> tree.open(entry), CsvFormats.rfc4180(), header,
                r -> {
                    row.accept(r);
                    return List.of();
                })) {
            while (c.next() != null) {
                // bad records are reported when the part is read
            }
        }
    }
}
