package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Reddit data requests (a flat zip of CSV files): private messages ({@code messages.csv}
 * or {@code messages_archive.csv}), chats ({@code chat_history.csv}), comments and posts, split
 * files ({@code comments_1.csv}, {@code comments_2.csv}) included. Files are recognized by their
 * header; the {@code *_headers.csv} files repeat other files without their text and are not read.
 *
 * <p>The owner is, in this order: the {@code account name} of {@code statistics.csv}; the one
 * user who is the sender or the recipient of every private message; the user named in the
 * export's file name ({@code export_<username>_<yyyymmdd>.zip}).
 */
final class RedditExportReader implements ArchiveReader {

    /** The kinds of file read, in the order they are read. */
    enum Kind {
        MESSAGES, CHAT, COMMENTS, POSTS
    }

    private static final Pattern EXPORT_NAME = Pattern.compile("^export_(.+)_\\d{8}(?:\\.zip)?$");

    @Override
    public Platform platform() {
        return Platform.REDDIT;
    }

    static boolean isMessagesHeader(List<String> h) {
        return h.contains("ID") && h.contains("DATE") && h.contains("FROM") && h.contains("TO") && h.contains("BODY");
    }

    static boolean isChatHeader(List<String> h) {
        return h.contains("MESSAGE_ID") && h.contains("CREATED_AT") && h.contains("USERNAME") && h.contains("MESSAGE");
    }

    static boolean isCommentsHeader(List<String> h) {
        return h.contains("ID") && h.contains("DATE") && h.contains("BODY") && h.contains("SUBREDDIT")
                && (h.contains("LINK") || h.contains("PARENT"));
    }

    static boolean isPostsHeader(List<String> h) {
        return h.contains("ID") && h.contains("DATE") && h.contains("TITLE") && h.contains("SUBREDDIT");
    }

    static Predicate<List<String>> header(Kind kind) {
        return switch (kind) {
            case MESSAGES -> RedditExportReader::isMessagesHeader;
            case CHAT -> RedditExportReader::isChatHeader;
            case COMMENTS -> RedditExportReader::isCommentsHeader;
            case POSTS -> RedditExportReader::isPostsHeader;
        };
    }

    /** The header Reddit writes in each kind of file, for telling a damaged one back ({@link HeaderRepair}). */
    private static final Map<Kind, List<List<String>>> LAYOUTS = Map.of(
            Kind.MESSAGES, List.of(CsvFormats.names("id,permalink,thread_id,date,ip,from,to,subject,body")),
            Kind.CHAT, List.of(CsvFormats.names("message_id,created_at,updated_at,username,message,thread_parent_message_id,"
                    + "channel_url,subreddit,channel_name,conversation_type")),
            Kind.COMMENTS, List.of(CsvFormats.names("id,permalink,date,ip,subreddit,gildings,link,parent,body,media")),
            Kind.POSTS, List.of(CsvFormats.names("id,permalink,date,ip,subreddit,gildings,title,url,body")));

    /** The header Reddit writes in a kind of file. */
    static List<List<String>> layouts(Kind kind) {
        return LAYOUTS.get(kind);
    }

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        Map<String, Kind> parts = new LinkedHashMap<>();
        List<IngestRecord.Bad> unread = new ArrayList<>();
        List<String> toldBack = new ArrayList<>();
        String statistics = null;
        boolean headerFiles = false;
        for (String e : ExportFiles.rootFiles(tree)) {
            String base = ExportFiles.csvBase(e);
            Kind kind = switch (base) {
                case "messages", "messagesarchive" -> Kind.MESSAGES;
                case "chathistory" -> Kind.CHAT;
                case "comments" -> Kind.COMMENTS;
                case "posts" -> Kind.POSTS;
                default -> null;
            };
            if (kind != null) {
                try {
                    Optional<CsvFormats.Header> h = CsvFormats.header(tree, e, CsvFormats.rfc4180(), header(kind), layouts(kind));
                    if (h.isPresent()) {
                        parts.put(e, kind);
                        if (h.get().toldBack()) {
                            toldBack.add(e + ": its header line is damaged (or of a layout not known); its records are read"
                                    + " by the columns Reddit writes in this file");
                        }
                    } else {
                        unread.add(ExportFiles.notRead(tree, e, "no header line with the columns Reddit writes in this file"));
                    }
                } catch (DamagedZipEntryException d) {
                    // one damaged entry of the zip: listed, and the export's other files are read
                    unread.add(d.notRead(tree, e));
                }
            } else if (base.equals("statistics")) {
                statistics = e;
            } else if (base.endsWith("headers") && !base.isEmpty()) {
                headerFiles = true;
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        Author owner = owner(tree, statistics, parts, notes);
        if (parts.containsValue(Kind.COMMENTS) || parts.containsValue(Kind.POSTS)) {
            notes.add("comments.csv and posts.csv hold only the owner's own comments and posts: replies by others are not "
                    + "in the export");
        }
        if (headerFiles) {
            notes.add("the *_headers.csv files repeat other files without their text: not read");
        }
        notes.addAll(toldBack);
        List<String> ordered = parts.keySet().stream().sorted(Comparator.comparing((String e) -> parts.get(e))
                .thenComparing(e -> ExportFiles.csvBase(e)).thenComparing(ExportFiles::csvPart)).toList();
        Export export = new RedditExport(tree, owner, ordered, parts, notes);
        return Optional.of(unread.isEmpty() ? export : new ReportedExport(export, unread));
    }

    private static Author owner(ExportTree tree, String statistics, Map<String, Kind> parts, List<String> notes)
            throws IOException {
        if (statistics != null) {
            List<String> found = new ArrayList<>();
            LinkedInOwner.scan(tree, statistics, h -> h.contains("STATISTIC") && h.contains("VALUE"), row -> {
                String s = row.get("statistic");
                if (found.isEmpty() && s != null && s.strip().equalsIgnoreCase("account name") && row.get("value") != null) {
                    found.add(row.get("value").strip());
                }
            });
            if (!found.isEmpty()) {
                notes.add("the owner is the account name of statistics.csv");
                return new Author(null, found.get(0), null);
            }
        }
        // the users of every message so far, as the first message spells them: at most two, however many messages
        Map<String, String> common = null;
        for (var e : parts.entrySet()) {
            if (e.getValue() != Kind.MESSAGES) {
                continue;
            }
            Map<String, String> users = new LinkedHashMap<>();
            boolean[] started = {false};
            LinkedInOwner.scan(tree, e.getKey(), RedditExportReader::isMessagesHeader, row -> {
                Set<String> two = new HashSet<>();
                for (String u : new String[] {row.get("from"), row.get("to")}) {
                    if (u != null) {
                        two.add(u.strip().toLowerCase(Locale.ROOT));
                        if (!started[0]) {
                            users.putIfAbsent(u.strip().toLowerCase(Locale.ROOT), u.strip());
                        }
                    }
                }
                if (started[0]) {
                    users.keySet().retainAll(two);
                }
                started[0] = true;
            });
            if (started[0] && common == null) {
                common = users;
            } else if (started[0]) {
                common.keySet().retainAll(users.keySet());
            }
        }
        if (common != null && common.size() == 1) {
            notes.add("the owner is the one user who sent or received every private message");
            return new Author(null, common.values().iterator().next(), null);
        }
        Path name = Path.of(tree.displayName().replace('!', '/')).getFileName();
        Matcher m = EXPORT_NAME.matcher(name == null ? "" : name.toString());
        if (m.matches()) {
            notes.add("the owner is the user named in the export's file name");
            return new Author(null, m.group(1), null);
        }
        notes.add("the owner cannot be told (no account name in statistics.csv, no single user in every private message, no"
                + " export_<username>_<date> name): the comments and posts are read as the owner's and every private message as inbound");
        return ExportFiles.unknownOwner(tree.displayName());
    }
}
