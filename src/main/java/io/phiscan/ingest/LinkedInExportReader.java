package io.phiscan.ingest;

import io.phiscan.model.SourceRef;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads LinkedIn data exports ("Download your data": {@code Basic_} or {@code Complete_LinkedInDataExport}
 * zips of CSV files at the root): {@code messages.csv}, {@code Invitations.csv} (notes sent with
 * invitations), {@code Comments.csv} and {@code Shares.csv}, split or numbered files included
 * ({@code Comments_2.csv}). Each file is recognized by its header, not its name; columns are
 * read by header name, since LinkedIn added columns over the years. {@code Connections.csv}
 * (after its {@code Notes:} preamble) gives profile URLs by name; {@code Profile.csv} names the
 * owner (see {@link LinkedInOwner}). {@code guide_messages.csv} and the other LinkedIn Learning
 * chat files share the messages header but are not member messages: they are not read.
 */
final class LinkedInExportReader implements ArchiveReader {

    /** The kinds of file read, in the order they are read. */
    enum Kind {
        MESSAGES, INVITATIONS, COMMENTS, SHARES
    }

    private static final List<String> LEARNING = List.of("guidemessages", "learningroleplaymessages",
            "learningcoachmessages", "coachmessages");

    @Override
    public Platform platform() {
        return Platform.LINKEDIN;
    }

    static boolean isMessagesHeader(List<String> h) {
        return h.contains("CONVERSATION ID") && h.contains("FROM") && h.contains("CONTENT") && h.contains("DATE");
    }

    static boolean isInvitationsHeader(List<String> h) {
        return h.contains("FROM") && h.contains("TO") && h.contains("SENT AT") && h.contains("DIRECTION");
    }

    static boolean isCommentsHeader(List<String> h) {
        return h.contains("DATE") && h.contains("LINK") && h.contains("MESSAGE");
    }

    static boolean isSharesHeader(List<String> h) {
        return h.contains("DATE") && h.contains("SHARELINK") && h.contains("SHARECOMMENTARY");
    }

    static boolean isConnectionsHeader(List<String> h) {
        return h.contains("FIRST NAME") && h.contains("LAST NAME") && h.contains("CONNECTED ON");
    }

    private static boolean isProfileHeader(List<String> h) {
        return h.contains("FIRST NAME") && h.contains("LAST NAME") && (h.contains("HEADLINE") || h.contains("INDUSTRY"));
    }

    private static final String NO_HEADER = "no header line with the columns LinkedIn writes in this file";
    private static final String TOLD_BACK = ": its header line is damaged (or of a layout not known); its records are"
            + " read by the columns LinkedIn writes in this file";

    /** The headers LinkedIn is known to write in each kind of file, for telling a damaged one back ({@link HeaderRepair}). */
    private static final Map<Kind, List<List<String>>> LAYOUTS = Map.of(
            Kind.MESSAGES, List.of(
                    CsvFormats.names("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER"),
                    CsvFormats.names("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
                            + "CONTENT,FOLDER"),
                    CsvFormats.names("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
                            + "CONTENT,FOLDER,ATTACHMENTS"),
                    CsvFormats.names("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
                            + "CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT"),
                    CsvFormats.names("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
                            + "CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION ARCHIVED")),
            Kind.INVITATIONS, List.of(CsvFormats.names("FROM,TO,SENT AT,MESSAGE,DIRECTION,INVITERPROFILEURL,INVITEEPROFILEURL")),
            Kind.COMMENTS, List.of(CsvFormats.names("DATE,LINK,MESSAGE")),
            Kind.SHARES, List.of(CsvFormats.names("DATE,SHARELINK,SHARECOMMENTARY,SHAREDURL,MEDIAURL,VISIBILITY")));

    /** The headers LinkedIn is known to write in a kind of file. */
    static List<List<String>> layouts(Kind kind) {
        return LAYOUTS.get(kind);
    }

    /** The files read for messages, by their {@link ExportFiles#csvBase} names. */
    private static final Set<String> DATA_FILES = Set.of("messages", "invitations", "comments", "shares");

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        Map<String, Kind> parts = new LinkedHashMap<>();
        List<IngestRecord.Bad> unread = new ArrayList<>();
        List<String> learning = new ArrayList<>();
        String profile = null;
        String connections = null;
        List<String> messagesHeader = new ArrayList<>();
        List<String> toldBack = new ArrayList<>();
        for (String e : ExportFiles.rootFiles(tree)) {
            String base = ExportFiles.csvBase(e);
            try {
                switch (base) {
                    case "messages" -> kind(tree, e, Kind.MESSAGES, parts, unread, toldBack)
                            .ifPresent(h -> {
                                messagesHeader.clear();
                                messagesHeader.addAll(h.names());
                            });
                    case "invitations" -> kind(tree, e, Kind.INVITATIONS, parts, unread, toldBack);
                    case "comments" -> kind(tree, e, Kind.COMMENTS, parts, unread, toldBack);
                    case "shares" -> kind(tree, e, Kind.SHARES, parts, unread, toldBack);
                    case "connections" -> connections = header(tree, e, LinkedInExportReader::isConnectionsHeader).isPresent() ? e : connections;
                    case "profile" -> profile = header(tree, e, LinkedInExportReader::isProfileHeader).isPresent() ? e : profile;
                    default -> {
                        if (LEARNING.contains(base) && header(tree, e, LinkedInExportReader::isMessagesHeader).isPresent()) {
                            learning.add(e);
                        }
                    }
                }
            } catch (DamagedZipEntryException d) {
                // one damaged entry of the zip: listed, and the export's other files are read
                unread.add(d.notRead(tree, e));
            }
        }
        if (parts.isEmpty() && connections == null && profile == null) {
            return Optional.empty();
        }
        for (String e : tree.entries()) {
            // LinkedIn writes its data files at the root: one named so in a folder is said, not passed over
            if (e.indexOf('/') >= 0 && DATA_FILES.contains(ExportFiles.csvBase(e))) {
                unread.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), e, ""), "not read: a LinkedIn data file in a"
                        + " folder of the export, where LinkedIn does not write it (the export's files are read at its root)"));
            }
        }
        LinkedInOwner.Found owner = LinkedInOwner.find(tree, profile, of(parts, Kind.INVITATIONS), of(parts, Kind.MESSAGES));
        if (owner == null) {
            owner = new LinkedInOwner.Found(ExportFiles.unknownOwner(tree.displayName()), "the owner cannot be told (no Profile.csv,"
                    + " no single participant in every conversation, no outgoing invitation): the comments and posts are read as the"
                    + " owner's and every message as inbound");
        }
        Map<String, String> urls = LinkedInPeople.newDirectory();
        if (connections != null) {
            LinkedInOwner.scan(tree, connections, LinkedInExportReader::isConnectionsHeader,
                    row -> LinkedInPeople.addConnection(urls, row.get("First Name"), row.get("Last Name"), row.get("URL")));
        }
        List<String> ordered = parts.keySet().stream().sorted(Comparator.comparing((String e) -> parts.get(e))
                .thenComparing(ExportFiles::csvPart).thenComparing(e -> e)).toList();
        List<String> notes = notes(owner, parts, learning);
        notes.addAll(toldBack);
        Export export = new LinkedInExport(tree, layout(parts, messagesHeader), new LinkedInPeople(owner.owner(), urls),
                ordered, parts, notes);
        return Optional.of(unread.isEmpty() ? export : new ReportedExport(export, unread));
    }

    /** A data file read as {@code kind} when its header says so, listed when it does not; its header. */
    private static Optional<CsvFormats.Header> kind(ExportTree tree, String e, Kind kind, Map<String, Kind> parts,
            List<IngestRecord.Bad> unread, List<String> toldBack) throws IOException {
        Optional<CsvFormats.Header> h = header(tree, e, rule(kind), layouts(kind));
        if (h.isPresent()) {
            parts.put(e, kind);
            if (h.get().toldBack()) {
                toldBack.add(e + TOLD_BACK);
            }
        } else {
            unread.add(ExportFiles.notRead(tree, e, NO_HEADER));
        }
        return h;
    }

    /** The rule that tells a kind of file by its header. */
    static Predicate<List<String>> rule(Kind kind) {
        return switch (kind) {
            case MESSAGES -> LinkedInExportReader::isMessagesHeader;
            case INVITATIONS -> LinkedInExportReader::isInvitationsHeader;
            case COMMENTS -> LinkedInExportReader::isCommentsHeader;
            case SHARES -> LinkedInExportReader::isSharesHeader;
        };
    }

    private static Optional<List<String>> header(ExportTree tree, String entry, Predicate<List<String>> rule)
            throws IOException {
        return header(tree, entry, rule, List.of()).map(CsvFormats.Header::names);
    }

    private static Optional<CsvFormats.Header> header(ExportTree tree, String entry, Predicate<List<String>> rule,
            List<List<String>> layouts) throws IOException {
        Optional<CsvFormats.Header> h = CsvFormats.header(tree, entry, CsvFormats.rfc4180(), rule, layouts);
        return h.isPresent() ? h : CsvFormats.header(tree, entry, CsvFormats.backslashEscaped(), rule, layouts);
    }

    private static List<String> of(Map<String, Kind> parts, Kind kind) {
        return parts.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).sorted().toList();
    }

    /** {@code linkedin-2021} (9 message columns), {@code linkedin-2023} (+ recipient URLs), {@code linkedin-2024} (+ attachments, drafts). */
    private static String layout(Map<String, Kind> parts, List<String> header) {
        if (!parts.containsValue(Kind.MESSAGES)) {
            return "linkedin";
        }
        if (header.contains("ATTACHMENTS") || header.contains("IS MESSAGE DRAFT")) {
            return "linkedin-2024";
        }
        return header.contains("RECIPIENT PROFILE URLS") ? "linkedin-2023" : "linkedin-2021";
    }

    private static List<String> notes(LinkedInOwner.Found owner, Map<String, Kind> parts, List<String> learning) {
        List<String> notes = new ArrayList<>();
        notes.add(owner.rule());
        if (!parts.containsValue(Kind.MESSAGES)) {
            notes.add("no messages.csv: this export holds no member messages (LinkedIn sends them in the complete archive)");
        }
        if (parts.containsValue(Kind.COMMENTS) || parts.containsValue(Kind.SHARES)) {
            notes.add("Comments.csv and Shares.csv hold only the owner's own comments and posts: replies by others are not "
                    + "in the export");
        }
        if (parts.containsValue(Kind.COMMENTS) || parts.containsValue(Kind.SHARES) || parts.containsValue(Kind.INVITATIONS)) {
            notes.add("times in Comments.csv, Shares.csv and Invitations.csv carry no time zone: read as UTC and marked local");
        }
        for (String e : learning) {
            notes.add(e + " holds LinkedIn Learning assistant chats, not member messages: not read");
        }
        return notes;
    }
}
