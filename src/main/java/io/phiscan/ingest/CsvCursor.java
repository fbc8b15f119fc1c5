package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A cursor over the records of one CSV file of an export, streamed with commons-csv and mapped
 * by header name. The header is the first record the {@code headerRule} accepts (so a preamble
 * such as LinkedIn's {@code Notes:} lines is passed over); a byte-order mark is dropped.
 *
 * <p>Bad input becomes {@link IngestRecord.Bad} records naming the record number and line, and
 * reading goes on: a record holding bytes that are not UTF-8, a record whose field count differs
 * from the header's, the header line repeated, and a record with a broken quote. After a broken quote the file is opened
 * again and read from the line after the one the broken record started on, so one stray quote
 * cannot swallow the rest of the file. A header line damaged so that it no longer names the
 * columns, or no longer has its records' field count, is told back from the layouts the platform
 * writes, when they are given ({@link HeaderRepair}). A record is bounded in size
 * ({@value #MAX_RECORD_CHARS} characters). Not thread-safe.
 */
final class CsvCursor implements RecordCursor {
    static final long MAX_RECORD_CHARS = 16L << 20;
    private static final int HEADER_SEARCH = 16;
    private static final String CUT_IN_LAST_RECORD = "the file ends inside this record, in an unquoted field with no line"
            + " break after it: the file may have been cut short here; the record is read as far as it goes, and whatever"
            + " followed it is missing";
    private static final String HEADER_RUN_ON = "the header line runs into this record (a line break lost?): the record is not"
            + " read; the file's other records are, by the header's names";

    /** Opens the file again from its start. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    /** Maps one data record to the records it holds (none, one, or several). */
    @FunctionalInterface
    interface RowMapper {
        List<IngestRecord> map(CsvRow row);
    }

    private final String export;
    private final String entry;
    private final Source source;
    private final CSVFormat format;
    private final Predicate<List<String>> headerRule;
    private final List<List<String>> layouts;
    private final RowMapper mapper;
    private final Deque<IngestRecord> pending = new ArrayDeque<>();
    private Map<String, Integer> columns;
    private List<String> header;
    private int width;
    private CheckedUtf8Reader reader;
    private CheckedAtEnd bytes;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private long lineOffset;
    private long resumeAtLine;
    private long recordNumber;
    private long headerLine;
    private boolean widthUnchecked;
    private boolean done;
    /** Where the last data record read was, while nothing listed it ({@code null} once something did). */
    private SourceRef lastUnlisted;

    CsvCursor(String export, String entry, Source source, CSVFormat format, Predicate<List<String>> headerRule,
            RowMapper mapper) {
        this(export, entry, source, format, headerRule, List.of(), mapper);
    }

    /**
     * A cursor that tells a damaged header back from {@code layouts}, the column names the platform
     * writes in this file ({@link HeaderRepair}).
     */
    CsvCursor(String export, String entry, Source source, CSVFormat format, Predicate<List<String>> headerRule,
            List<List<String>> layouts, RowMapper mapper) {
        this.export = export;
        this.entry = entry;
        this.source = source;
        this.format = format;
        this.headerRule = headerRule;
        this.layouts = layouts;
        this.mapper = mapper;
    }

    @Override
    public IngestRecord next() throws IOException {
        while (pending.isEmpty()) {
            if (done) {
                return null;
            }
            if (parser == null) {
                IngestRecord failed = openParser();
                if (failed != null || done) {
                    return failed;
                }
                if (parser == null) {
                    // a damaged header told back: read again from the line after it
                    continue;
                }
            }
            readOne();
        }
        return pending.poll();
    }

    /** Opens the file (again), skips to where reading resumes and finds the header; a Bad when it cannot. */
    private IngestRecord openParser() throws IOException {
        bytes = new CheckedAtEnd(source.open());
        reader = new CheckedUtf8Reader(bytes, MAX_RECORD_CHARS);
        try {
            reader.skipLines(resumeAtLine);
        } catch (ArchiveFormatException e) {
            return finish(new IngestRecord.Bad(new SourceRef(export, entry, "line " + (resumeAtLine + 1)),
                    "the rest of the file cannot be read: " + e.reason()));
        }
        lineOffset = resumeAtLine;
        parser = CSVParser.builder().setReader(CsvFormats.text(reader, format)).setFormat(format).get();
        records = parser.iterator();
        if (columns != null) {
            return null;
        }
        List<String> first = null;
        long firstLine = 0;
        long afterFirst = 0;
        for (int i = 0; i < HEADER_SEARCH; i++) {
            long line = lineOffset + parser.getCurrentLineNumber() + 1;
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    break;
                }
                r = records.next();
            } catch (UncheckedIOException | ArchiveFormatException e) {
                return finish(new IngestRecord.Bad(new SourceRef(export, entry, "line " + line),
                        e instanceof ArchiveFormatException a ? "the file cannot be read: " + a.reason() : "no readable header: " + reason(e)));
            }
            List<String> cells = r.stream().map(CsvFormats::key).toList();
            if (headerRule.test(cells)) {
                useHeader(cells);
                headerLine = line;
                widthUnchecked = true;
                return null;
            }
            if (i == 0) {
                first = cells;
                firstLine = line;
                afterFirst = lineOffset + parser.getCurrentLineNumber();
            } else if (i == 1) {
                // no header yet: the first line may be one whose damage took the names a reader needs
                Optional<HeaderRepair.Found> found = HeaderRepair.of(first, r.size(), layouts);
                if (found.isPresent()) {
                    useHeader(found.get().names());
                    headerLine = firstLine;
                    if (found.get().recordLost()) {
                        recordNumber++;
                        pending.add(new IngestRecord.Bad(where(headerLine), HEADER_RUN_ON));
                    }
                    // read again from the line after the damaged header
                    closeParser();
                    resumeAtLine = afterFirst;
                    return null;
                }
            }
        }
        return finish(new IngestRecord.Bad(new SourceRef(export, entry, "line 1"),
                "no header line with the expected column names"));
    }

    private void useHeader(List<String> names) {
        columns = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            columns.putIfAbsent(names.get(c), c);
        }
        width = names.size();
        header = names;
    }

    /**
     * The first record after a header found by its names: when the header is a damaged one of the
     * layouts (another field count than the record's, or one name garbled), it is read as that layout.
     */
    private void checkWidth(CSVRecord r) {
        widthUnchecked = false;
        if (r.size() == width) {
            // one name garbled, where the file is still told by the others: the column read by its own name
            HeaderRepair.oneGarbled(header, layouts).ifPresent(found -> useHeader(found.names()));
            return;
        }
        HeaderRepair.of(header, r.size(), layouts).ifPresent(found -> {
            useHeader(found.names());
            if (found.recordLost()) {
                recordNumber++;
                pending.add(new IngestRecord.Bad(where(headerLine), HEADER_RUN_ON));
            }
        });
    }

    private IngestRecord finish(IngestRecord last) throws IOException {
        done = true;
        closeParser();
        return last;
    }

    /** Reads the next record into {@code pending}, or ends the file. */
    private void readOne() throws IOException {
        long start = lineOffset + parser.getCurrentLineNumber() + 1;
        reader.startRecord();
        CSVRecord r;
        try {
            if (!records.hasNext()) {
                // every record read: a zip entry whose bytes failed their check at the end is listed now
                DamagedZipEntryException failed = bytes.failure();
                boolean cut = reader.endedInUnquotedField();
                finish(null);
                if (cut && lastUnlisted != null) {
                    pending.add(new IngestRecord.Bad(lastUnlisted, CUT_IN_LAST_RECORD));
                }
                if (failed != null) {
                    pending.add(new IngestRecord.Bad(new SourceRef(export, entry, "after the last record read"), failed.reason()));
                }
                return;
            }
            r = records.next();
        } catch (UncheckedIOException e) {
            recordNumber++;
            lastUnlisted = null;
            pending.add(new IngestRecord.Bad(where(start), reason(e) + "; reading resumes at line " + (start + 1)));
            closeParser();
            resumeAtLine = start;
            return;
        } catch (ArchiveFormatException e) {
            recordNumber++;
            pending.add(new IngestRecord.Bad(where(start), "the rest of the file cannot be read: " + e.reason()));
            finish(null);
            return;
        }
        if (widthUnchecked) {
            checkWidth(r);
        }
        recordNumber++;
        long end = Math.max(start, lineOffset + parser.getCurrentLineNumber());
        SourceRef at = where(start);
        long invalid = reader.firstInvalidLine(start, end);
        if (invalid > 0) {
            pending.add(new IngestRecord.Bad(at, "bytes that are not UTF-8 at line " + invalid
                    + " (the record is not read; the file's other records are)"));
        } else if (r.size() != width) {
            pending.add(new IngestRecord.Bad(at, "the record has " + r.size() + " fields where the header has " + width
                    + " (a quoting problem?)"));
        } else if (isHeader(r)) {
            pending.add(new IngestRecord.Bad(at, "the header line again, not a record"));
        } else {
            try {
                List<IngestRecord> mapped = mapper.map(new CsvRow(at, columns, r));
                pending.addAll(mapped);
                lastUnlisted = mapped.stream().anyMatch(m -> m instanceof IngestRecord.Bad) ? null : at;
                return;
            } catch (RuntimeException e) {
                pending.add(new IngestRecord.Bad(at, "record not in the expected shape: " + e.getClass().getSimpleName()));
            }
        }
        lastUnlisted = null;
    }

    /** Whether the record repeats the header line (as in two files joined into one). */
    private boolean isHeader(CSVRecord r) {
        for (int c = 0; c < width; c++) {
            if (!CsvFormats.key(r.get(c)).equals(header.get(c))) {
                return false;
            }
        }
        return true;
    }

    private SourceRef where(long line) {
        return new SourceRef(export, entry, "record " + recordNumber + ", line " + line);
    }

    /** A parse failure in our own words (commons-csv's positions are relative to where it started). */
    private static String reason(RuntimeException e) {
        if (e instanceof ArchiveFormatException a) {
            return a.reason();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a broken quote: a quoted field is not closed before the end of the file";
        }
        if (m.contains("Invalid char") && m.contains("encapsulated token")) {
            return "a broken quote: text follows the quote that closes a field";
        }
        m = m.replaceAll("\\((start)?line [\\d,]+\\)\\s*", "").replaceAll("\\s*at line: \\d+, position: \\d+", "");
        return "CSV not readable here: " + m.replaceAll("'[^']*'", "'…'");
    }

    private void closeParser() throws IOException {
        if (parser != null) {
            parser.close();
        }
        parser = null;
        records = null;
        reader = null;
        bytes = null;
    }

    @Override
    public void close() throws IOException {
        done = true;
        closeParser();
    }
}
