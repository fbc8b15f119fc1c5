package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads X/Twitter archives of the "Grailbird" generation (about 2012–2018): monthly files
 * {@code data/js/tweets/YYYY_MM.js}, each {@code Grailbird.data.tweets_YYYY_MM =} followed (often
 * on the next line) by a JSON array, and {@code tweets.csv}, which holds the same tweets in one of
 * two column orders. A month is told by what it assigns, so any {@code .js} file of
 * {@code data/js/tweets/} that begins so is read (a copy such as {@code 2014_03 (1).js}, a name
 * in capitals). The monthly files are read when present (they name mentioned accounts);
 * {@code tweets.csv} only when they are not. The owner comes from {@code data/js/user_details.js},
 * else from the {@code user} of the tweets.
 *
 * <p>{@code data/js/payload_details.js} declares a tweet count that real archives do not always
 * hold; the tweets present are counted at recognition and the run summary says when the two
 * differ. These archives hold no direct messages.
 */
final class GrailbirdArchiveReader implements ArchiveReader {
    private static final Pattern MONTH = Pattern.compile("^data/js/tweets/\\d{4}_\\d{2}\\.js$");
    private static final int MAX_DETAILS_BYTES = 1 << 20;

    @Override
    public Platform platform() {
        return Platform.TWITTER;
    }

    static boolean isTweetsCsvHeader(List<String> h) {
        return h.contains("TWEET_ID") && h.contains("TIMESTAMP") && h.contains("TEXT");
    }

    /** The headers of {@code tweets.csv} known, for telling a damaged one back ({@link HeaderRepair}). */
    static final List<List<String>> TWEETS_CSV_LAYOUTS = List.of(
            CsvFormats.names("tweet_id,in_reply_to_status_id,in_reply_to_user_id,timestamp,source,text,retweeted_status_id,"
                    + "retweeted_status_user_id,retweeted_status_timestamp,expanded_urls"),
            CsvFormats.names("tweet_id,in_reply_to_status_id,in_reply_to_user_id,retweeted_status_id,retweeted_status_user_id,"
                    + "timestamp,source,text,expanded_urls"));

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        List<String> months = new ArrayList<>();
        List<IngestRecord.Bad> unread = new ArrayList<>();
        for (String e : tree.entriesUnder("data/js/tweets/")) {
            // a month is told by what it assigns: a copy or a renamed month ("2014_03 (1).js", "2014_04.JS") is one too
            boolean named = MONTH.matcher(e).matches();
            if (!named && (!e.toLowerCase(Locale.ROOT).endsWith(".js") || e.indexOf('/', "data/js/tweets/".length()) >= 0)) {
                continue;
            }
            byte[] head;
            try {
                head = ExportFiles.head(tree, e, 256);
            } catch (DamagedZipEntryException d) {
                // one damaged entry of the zip: listed, and the archive's other files are read
                unread.add(d.notRead(tree, e));
                continue;
            }
            if (new String(head, StandardCharsets.UTF_8).contains("Grailbird.data.tweets_")) {
                months.add(e);
            } else if (named) {
                String why = ExportFiles.unlike(head);
                unread.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), e, ""), "not read: the file does not begin as"
                        + " a month of tweets does (Grailbird.data.tweets_… =): " + (why != null ? why
                        : "it begins otherwise (cut, edited or another file?)")));
            }
        }
        CsvFormats.Header csvHeader = tree.exists("tweets.csv") ? tweetsCsv(tree, months, unread) : null;
        boolean csv = csvHeader != null;
        if (months.isEmpty() && !csv) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        notes.add("an X archive of the Grailbird generation holds tweets only: no direct messages");
        JsonNode user = details(tree, "data/js/user_details.js", unread);
        Author owner = user == null ? null : new Author(Json.text(user, "id"), Json.text(user, "screen_name"),
                Json.text(user, "full_name"));
        if (owner == null && !months.isEmpty()) {
            owner = firstTweetUser(tree, months.get(0));
        }
        if (owner == null) {
            if (!tree.exists("data/js/user_details.js")) {
                unread.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), "data/js/user_details.js", ""),
                        "not in the archive: the owner cannot be told from it"));
            }
            notes.add("the owner cannot be told (no readable data/js/user_details.js, and the tweets name no user):"
                    + " the tweets are read as the owner's");
            owner = ExportFiles.unknownOwner(tree.displayName());
        }
        List<String> parts = months.isEmpty() ? List.of("tweets.csv") : months.stream().sorted().toList();
        if (!months.isEmpty() && csv) {
            notes.add("tweets.csv repeats the monthly files of data/js/tweets/: the monthly files are read");
        } else if (csv && csvHeader.toldBack()) {
            notes.add("tweets.csv: its header line is damaged (or of a layout not known); its records are read by the"
                    + " columns X writes in this file");
        }
        long present = months.isEmpty() ? csvRecords(tree) : elements(tree, months);
        JsonNode payload = details(tree, "data/js/payload_details.js", unread);
        if (payload != null && payload.path("tweets").canConvertToLong() && payload.path("tweets").asLong() != present) {
            notes.add(String.format("payload_details.js declares %,d tweets; the archive holds %,d: the tweets present are read",
                    payload.path("tweets").asLong(), present));
        }
        Export export = new GrailbirdExport(tree, months.isEmpty() ? "x-grailbird-csv" : "x-grailbird", owner, parts, notes);
        return Optional.of(unread.isEmpty() ? export : new ReportedExport(export, unread));
    }

    /**
     * The header of {@code tweets.csv}, or {@code null} when it has none of the archive's tweets;
     * when its entry is damaged, it is listed in {@code unread} and not read, unless the archive has
     * no monthly files to read instead: then the archive has nothing readable, and is refused
     * saying why.
     */
    private static CsvFormats.Header tweetsCsv(ExportTree tree, List<String> months, List<IngestRecord.Bad> unread)
            throws IOException {
        try {
            return CsvFormats.header(tree, "tweets.csv", CsvFormats.rfc4180(), GrailbirdArchiveReader::isTweetsCsvHeader,
                    TWEETS_CSV_LAYOUTS).orElse(null);
        } catch (DamagedZipEntryException e) {
            if (months.isEmpty()) {
                throw e;
            }
            unread.add(e.notRead(tree, "tweets.csv"));
            return null;
        }
    }

    /** The object a {@code var name = {…}} file assigns, or {@code null}; a damaged entry is listed in {@code unread}. */
    private static JsonNode details(ExportTree tree, String entry, List<IngestRecord.Bad> unread) throws IOException {
        if (!tree.exists(entry)) {
            return null;
        }
        byte[] b;
        try {
            b = ExportFiles.head(tree, entry, MAX_DETAILS_BYTES);
        } catch (DamagedZipEntryException e) {
            unread.add(e.notRead(tree, entry));
            return null;
        }
        int start = 0;
        while (start < b.length && b[start] != '{') {
            start++;
        }
        try {
            JsonNode n = YtdFileCursor.JSON.readTree(Arrays.copyOfRange(b, start, b.length));
            return n.isObject() ? n : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Author firstTweetUser(ExportTree tree, String month) throws IOException {
        List<Author> found = new ArrayList<>();
        try (InputStream in = tree.open(month);
                YtdFileCursor c = new YtdFileCursor(tree.displayName(), month, in, (node, where) -> {
                    JsonNode u = node.path("user");
                    if (found.isEmpty() && (Json.text(u, "id_str") != null || Json.text(u, "screen_name") != null)) {
                        found.add(new Author(Json.text(u, "id_str", "id"), Json.text(u, "screen_name"), Json.text(u, "name")));
                    }
                    return List.of();
                })) {
            while (found.isEmpty() && c.next() != null) {
                // until a tweet names its user
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * How many tweets the monthly files hold (broken ones included), without parsing them: of a
     * damaged month, those before the damage (reading it says where it stops).
     */
    private static long elements(ExportTree tree, List<String> months) throws IOException {
        long n = 0;
        for (String m : months) {
            try (JsonArraySplitter s = new JsonArraySplitter(tree.open(m), 64 << 20)) {
                while (s.next() != null) {
                    n++;
                }
            } catch (DamagedZipEntryException e) {
                // counted as far as it can be read
            }
        }
        return n;
    }

    private static long csvRecords(ExportTree tree) throws IOException {
        long[] n = {0};
        try (CsvCursor c = new CsvCursor(tree.displayName(), "tweets.csv", () -> tree.open("tweets.csv"), CsvFormats.rfc4180(),
                GrailbirdArchiveReader::isTweetsCsvHeader, TWEETS_CSV_LAYOUTS,
                row -> List.of(new IngestRecord.Bad(row.source(), "counted")))) {
            while (c.next() != null) {
                n[0]++;
            }
        }
        return n[0];
    }
}
