package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads X/Twitter "Your archive" exports of the GDPR generations (2018 onwards): every
 * {@code data/*.js} file is classified by the {@code window.YTD.<name>.partN} it assigns, so
 * renamed and extra part files are found; {@code data/manifest.js} and {@code data/account.js}
 * name the owner (without either, the one-to-one conversations tell it), and files the manifest
 * lists but the archive lacks are reported.
 */
final class TwitterArchiveReader implements ArchiveReader {

    private static final Pattern YTD = Pattern.compile("window\\.YTD\\.([A-Za-z0-9_]+)\\.part(\\d+)\\s*=");
    private static final Pattern THAR = Pattern.compile("window\\.__THAR_CONFIG\\s*=");
    private static final List<String> MARKERS = List.of("data/manifest.js", "data/account.js", "data/tweets.js",
            "data/tweet.js", "data/direct-messages.js", "data/direct-message.js");

    /** The kinds of file read, in the order they are read (tweets first: they name DM correspondents). */
    enum Kind {
        TWEETS, DIRECT_MESSAGES, GROUP_MESSAGES, MESSAGE_EVENTS;

        static Kind of(String globalName) {
            return switch (globalName) {
                case "tweets", "tweet", "deleted_tweets", "deleted_tweet", "community_tweet" -> TWEETS;
                case "direct_messages", "direct_message" -> DIRECT_MESSAGES;
                case "direct_messages_group", "direct_message_group" -> GROUP_MESSAGES;
                case "message_event" -> MESSAGE_EVENTS;
                default -> null;
            };
        }
    }

    @Override
    public Platform platform() {
        return Platform.TWITTER;
    }

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        if (MARKERS.stream().noneMatch(tree::exists)) {
            return Optional.empty();
        }
        Map<String, Kind> parts = new LinkedHashMap<>();
        Map<String, String> globals = new LinkedHashMap<>();
        List<IngestRecord.Bad> unread = new ArrayList<>();
        for (String entry : tree.entriesUnder("data/")) {
            if (!entry.endsWith(".js") || entry.indexOf('/', "data/".length()) >= 0 || entry.equals("data/manifest.js")) {
                // the manifest is no data file: its head is read below, and once
                continue;
            }
            byte[] head;
            try {
                head = headBytes(tree, entry);
            } catch (DamagedZipEntryException e) {
                // one damaged entry of the zip: listed, and the archive's other files are read
                unread.add(e.notRead(tree, entry));
                continue;
            }
            Matcher m = YTD.matcher(new String(head, StandardCharsets.UTF_8));
            if (m.find()) {
                globals.put(entry, m.group(1));
                Kind kind = Kind.of(m.group(1));
                if (kind != null) {
                    parts.put(entry, kind);
                }
            } else if (Kind.of(globalOfFile(entry)) != null) {
                String why = ExportFiles.unlike(head);
                unread.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), entry, ""), "not read: the file does not "
                        + "begin as an X data file does (window.YTD.… = [): " + (why != null ? why : "it begins otherwise"
                        + " (cut, edited or another file?)")));
            }
        }
        boolean manifest = tree.exists("data/manifest.js") && THAR.matcher(manifestHead(tree, unread)).find();
        if (globals.isEmpty() && !manifest) {
            return Optional.empty();
        }
        List<IngestRecord.Bad> problems = new ArrayList<>();
        problems.addAll(unread);
        TwitterManifest info = manifest ? TwitterManifest.read(tree, problems) : TwitterManifest.NONE;
        for (String listed : info.files()) {
            if (!tree.exists(listed)) {
                problems.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), listed, ""),
                        "data/manifest.js lists this file but the archive does not have it"));
            }
        }
        Optional<Author> fromAccount = readAccount(tree, globals, problems);
        Author owner = fromAccount.orElse(info.owner());
        if (fromAccount.isEmpty() && owner != null && tree.exists("data/account.js")) {
            listAccount(tree, globals, problems, ": the owner is read from manifest.js");
        }
        List<String> notes = new ArrayList<>();
        if (owner == null) {
            owner = ownerFromConversations(tree, parts, globals, problems, notes);
        }
        List<String> ordered = parts.keySet().stream()
                .sorted(Comparator.comparing((String e) -> parts.get(e)).thenComparing(TwitterArchiveReader::partOrder))
                .toList();
        boolean gen1 = globals.containsValue("tweet") || globals.containsValue("direct_message");
        String layout = gen1 ? "x-2018" : "x-2022";
        NoteTweets noteTweets = NoteTweets.read(tree, globals, problems);
        return Optional.of(new TwitterExport(tree, layout, owner, ordered, parts, noteTweets, problems, notes));
    }

    /**
     * The owner of an archive that names it nowhere (its {@code account.js} damaged or missing,
     * and no {@code manifest.js}): the one person of every one-to-one conversation
     * ({@link TwitterConversationOwner}). When the conversations cannot tell, the owner is unknown:
     * the tweets are still the owner's (the archive holds only the owner's tweets), and every direct
     * message is read as inbound, as a Meta export without its owner is. Either way the reader is
     * told, in a note, and {@code account.js} is listed when nothing else lists it.
     */
    private static Author ownerFromConversations(ExportTree tree, Map<String, Kind> parts, Map<String, String> globals,
            List<IngestRecord.Bad> problems, List<String> notes) throws IOException {
        listAccount(tree, globals, problems,
                ", and the archive has no manifest.js: the owner is told from the direct messages, if they can tell");
        // the order of the files does not matter: the people of every conversation are intersected
        List<String> oneToOne = parts.entrySet().stream().filter(e -> e.getValue() == Kind.DIRECT_MESSAGES).map(Map.Entry::getKey)
                .toList();
        TwitterConversationOwner.Finding found = TwitterConversationOwner.scan(tree, oneToOne);
        if (found.owner() != null) {
            notes.add("the owner cannot be read from account.js or manifest.js; account " + found.owner() + " is told as the owner:"
                    + " it takes part in every one of the " + found.conversations() + " one-to-one conversations of the direct messages");
            return new Author(found.owner(), null, null);
        }
        notes.add("the owner cannot be told (not from account.js or manifest.js, and " + found.whyNot()
                + "): the tweets are read as the owner's and every direct message as inbound");
        return ExportFiles.unknownOwner(tree.displayName());
    }

    /**
     * Lists {@code account.js} as not giving the owner, unless a record of it is listed already
     * (a broken account in it): missing, not an X account file (its {@code window.YTD} line
     * damaged), or naming no account; {@code then} says how the owner is told instead.
     */
    private static void listAccount(ExportTree tree, Map<String, String> globals, List<IngestRecord.Bad> problems,
            String then) {
        if (problems.stream().noneMatch(b -> b.source().entry().equals("data/account.js"))) {
            problems.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), "data/account.js", ""),
                    (tree.exists("data/account.js") ? (globals.containsValue("account") ? "names no account"
                            : "not read: it is not an X account file") : "not in the archive") + then));
        }
    }

    /** tweets.js before tweets-part1.js before tweets-part2.js … before tweets-part10.js. */
    private static String partOrder(String entry) {
        Matcher m = Pattern.compile("-part(\\d+)\\.js$").matcher(entry);
        String base = m.find() ? entry.substring(0, m.start()) : entry.substring(0, entry.length() - 3);
        int n = m.find(0) ? Integer.parseInt(m.group(1)) : 0;
        return base + String.format("#%06d", n);
    }

    private static Optional<Author> readAccount(ExportTree tree, Map<String, String> globals,
            List<IngestRecord.Bad> problems) throws IOException {
        for (var e : globals.entrySet()) {
            if (!e.getValue().equals("account")) {
                continue;
            }
            List<Author> found = new ArrayList<>();
            try (InputStream in = tree.open(e.getKey());
                    YtdFileCursor cursor = new YtdFileCursor(tree.displayName(), e.getKey(), in, (node, where) -> {
                        JsonNode a = node.path("account");
                        String id = Json.text(a, "accountId");
                        String handle = Json.text(a, "username");
                        String name = Json.text(a, "accountDisplayName");
                        if (id == null && handle == null && name == null) {
                            return List.of(new IngestRecord.Bad(where.ref(), "an account that names no account"
                                    + " (no accountId, username or accountDisplayName)"));
                        }
                        found.add(new Author(id, handle, name));
                        return List.of();
                    })) {
                IngestRecord r;
                while ((r = cursor.next()) != null) {
                    if (r instanceof IngestRecord.Bad bad) {
                        problems.add(bad);
                    }
                }
            }
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /** The head of {@code data/manifest.js}, or nothing when its entry is damaged (then listed in {@code unread}). */
    private static String manifestHead(ExportTree tree, List<IngestRecord.Bad> unread) throws IOException {
        try {
            return head(tree, "data/manifest.js");
        } catch (DamagedZipEntryException e) {
            unread.add(e.notRead(tree, "data/manifest.js"));
            return "";
        }
    }

    /** The first bytes of a file, enough to see its JavaScript assignment. */
    static String head(ExportTree tree, String entry) throws IOException {
        return new String(headBytes(tree, entry), StandardCharsets.UTF_8);
    }

    private static byte[] headBytes(ExportTree tree, String entry) throws IOException {
        try (InputStream in = tree.open(entry)) {
            return in.readNBytes(256);
        }
    }

    /** The global a data file of this name holds: {@code data/direct-messages-part1.js} holds {@code direct_messages}. */
    static String globalOfFile(String entry) {
        String name = entry.substring(entry.lastIndexOf('/') + 1, entry.length() - ".js".length());
        return name.replaceFirst("-part\\d+$", "").replace('-', '_');
    }

}
