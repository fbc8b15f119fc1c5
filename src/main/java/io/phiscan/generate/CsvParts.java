package io.phiscan.generate;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file of an export, split as Reddit and LinkedIn split large ones: {@code name.csv} when
 * it holds at most the export's part size in messages, else {@code name_1.csv}, {@code name_2.csv},
 * … each starting with the header (a conversation is never cut between two files). Lines end
 * with {@code \n}. Not thread-safe.
 */
final class CsvParts implements AutoCloseable {
    static final CSVFormat RFC4180 = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    /** LinkedIn's Comments.csv escapes quotes with a backslash. */
    static final CSVFormat BACKSLASH = CSVFormat.RFC4180.builder().setRecordSeparator('\n').setEscape('\\').get();

    private final ExportFolder folder;
    private final String base;
    private final boolean split;
    private final int part;
    private final CSVFormat format;
    private final String[] header;
    private final boolean bom;
    private CSVPrinter printer;
    private int files;
    private int messages;

    /**
     * @param total the messages the file will hold, which decides whether it is split
     * @param part most messages in one file
     * @param bom whether each file starts with a UTF-8 byte-order mark
     */
    CsvParts(ExportFolder folder, String base, int total, int part, CSVFormat format, boolean bom, String... header) {
        this.folder = folder;
        this.base = base;
        this.split = total > part;
        this.part = part;
        this.format = format;
        this.bom = bom;
        this.header = header.clone();
    }

    /** Writes one small CSV file (a profile, statistics) at once. */
    static void whole(ExportFolder folder, String file, CSVFormat format, String[] header, String[]... rows) throws IOException {
        try (CSVPrinter p = new CSVPrinter(new CsvBuffer(folder.create(file)), format)) {
            p.printRecord((Object[]) header);
            for (String[] row : rows) {
                p.printRecord((Object[]) row);
            }
        }
    }

    /** The printer for the next record(s), {@code messages} of them messages; a new file when this one is full. */
    CSVPrinter next(int messages) throws IOException {
        if (printer == null || (split && this.messages >= part)) {
            close();
            files++;
            CsvBuffer w = new CsvBuffer(folder.create(base + (split ? "_" + files : "") + ".csv"));
            if (bom) {
                w.append('\uFEFF');
            }
            printer = new CSVPrinter(w, format);
            printer.printRecord((Object[]) header);
            this.messages = 0;
        }
        this.messages += messages;
        return printer;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close(true);
            printer = null;
        }
    }
}
