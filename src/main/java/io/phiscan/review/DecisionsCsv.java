package io.phiscan.review;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a decisions file: the CSV that the report's decision buttons build, or a compliance
 * officer's spreadsheet. The header is {@code finding_id,decision,reason} with an optional
 * {@code reviewer} column, in any order; a decision is {@code confirm}, {@code dismiss},
 * {@code escalate} or {@code reopen}. A UTF-8 byte-order mark is allowed; blank lines and rows
 * with neither a decision nor a reason are left alone. Rows are numbered as a spreadsheet shows
 * them (the header is row 1). Stateless.
 */
final class DecisionsCsv {
    static final List<String> REQUIRED = List.of("finding_id", "decision", "reason");
    static final String REVIEWER = "reviewer";

    /** One decision of the file, at its row. */
    record Row(int row, String findingId, Decision decision, String reason, String reviewer) {
    }

    /** The well-formed rows of a file and every problem found in it (the file is good when there is none). */
    record Parsed(List<Row> rows, List<String> problems, int undecided) {
    }

    private DecisionsCsv() {
    }

    static Parsed read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    static Parsed read(Reader reader) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int undecided = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser csv = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> columns = columns(csv.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems, 0);
            }
            Map<String, Integer> firstRowOf = new HashMap<>();
            for (CSVRecord rec : csv) {
                int row = (int) rec.getRecordNumber() + 1;
                String id = cell(rec, columns.get("finding_id"));
                String decision = cell(rec, columns.get("decision"));
                String reason = cell(rec, columns.get("reason"));
                String reviewer = columns.containsKey(REVIEWER) ? cell(rec, columns.get(REVIEWER)) : "";
                if (rec.size() > csv.getHeaderNames().size()) {
                    problems.add("row " + row + ": " + rec.size() + " cells, but the header has " + csv.getHeaderNames().size()
                            + " (a reason with a comma must be in double quotes)");
                    continue;
                }
                if (id.isEmpty() && decision.isEmpty() && reason.isEmpty() && reviewer.isEmpty()) {
                    continue;
                }
                if (decision.isEmpty() && reason.isEmpty()) {
                    undecided++;
                    continue;
                }
                if (id.isEmpty()) {
                    problems.add("row " + row + ": finding_id is empty");
                    continue;
                }
                Integer earlier = firstRowOf.putIfAbsent(id, row);
                if (earlier != null) {
                    problems.add("row " + row + ": " + shortened(id) + " is already decided on row " + earlier);
                    continue;
                }
                try {
                    rows.add(new Row(row, id, Decision.fromId(decision), reason.isEmpty() ? null : reason,
                            reviewer.isEmpty() ? null : reviewer));
                } catch (IllegalArgumentException e) {
                    problems.add("row " + row + ": decision '" + shortened(decision)
                            + "' is not one of confirm, dismiss, escalate, reopen");
                }
            }
        } catch (CharacterCodingException e) {
            return notUtf8(problems);
        } catch (CSVException e) {
            problems.add("the file is not valid CSV: " + e.getMessage()); // its header, as the parser reads it first
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return notUtf8(problems);
            }
            problems.add("the file is not valid CSV: " + e.getCause().getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        return new Parsed(rows, problems, undecided);
    }

    /** A file in another encoding (a spreadsheet's "Unicode text" is UTF-16, an older one's CSV Windows-1252). */
    private static Parsed notUtf8(List<String> problems) {
        problems.add("the file is not UTF-8 text: save it as CSV UTF-8");
        return new Parsed(List.of(), problems, 0);
    }

    private static Map<String, Integer> columns(List<String> header, List<String> problems) {
        Map<String, Integer> columns = new HashMap<>();
        Set<String> known = Set.of("finding_id", "decision", "reason", REVIEWER);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                problems.add("row 1: unknown column '" + shortened(header.get(i)) + "' (the header is "
                        + String.join(",", REQUIRED) + ", optionally with " + REVIEWER + ")");
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add("row 1: column " + name + " appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required) && problems.isEmpty()) {
                problems.add("row 1: the header lacks " + required + " (the header is " + String.join(",", REQUIRED)
                        + ", optionally with " + REVIEWER + ")");
            }
        }
        return columns;
    }

    /**
     * A cell as the reviewer wrote it: the apostrophe that the report's download (like every CSV
     * phiscan writes) puts before a cell starting with = + - @, a tab or a carriage return, so that
     * spreadsheets do not run it, is taken off again; the trail records the reason that was typed.
     */
    private static String cell(CSVRecord rec, int column) {
        String v = column < rec.size() ? rec.get(column).strip() : "";
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    /** A cell quoted in an error: short, and without line breaks (it is the reviewer's own input, not message text). */
    static String shortened(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }
}
