package io.phiscan.ingest;

/**
 * An export, or a record in it, that cannot be read: it names the export, the file in it and
 * the position, and says why in words that never quote message text.
 */
public class ArchiveFormatException extends RuntimeException {
    private final String export;
    private final String entry;
    private final String position;
    private final String reason;

    public ArchiveFormatException(String export, String entry, String reason, Throwable cause) {
        this(export, entry, "", reason, cause);
    }

    public ArchiveFormatException(String export, String entry, String position, String reason, Throwable cause) {
        super(format(export, entry, position, reason), cause);
        this.export = export;
        this.entry = entry == null ? "" : entry;
        this.position = position == null ? "" : position;
        this.reason = reason;
    }

    private static String format(String export, String entry, String position, String reason) {
        StringBuilder where = new StringBuilder("(file ").append(export);
        if (entry != null && !entry.isEmpty()) {
            where.append(", entry ").append(entry);
        }
        if (position != null && !position.isEmpty()) {
            where.append(", ").append(position);
        }
        return where.append(") ").append(reason).toString();
    }

    public String export() {
        return export;
    }

    public String entry() {
        return entry;
    }

    public String position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
