package io.phiscan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Decodes a text file as UTF-8 for the CSV readers (or in the character set a Meta HTML file
 * declares), keeping account of what it could not decode instead of failing: every byte sequence
 * that is not valid becomes U+FFFD and the line it was on is remembered, so that the record
 * holding it can be reported (file, record, line) while the records around it are read. A
 * leading byte-order mark is dropped. Lines are counted the way
 * commons-csv counts them (CR, LF and CRLF each end one line); but a reader of a CSV file whose
 * lines end with LF or CRLF (its first line does) counts no line at a carriage return alone,
 * which is the text's there ({@link #loneCrIsText()}, {@link CarriageReturnsInFields}).
 *
 * <p>It also bounds the text one record may span ({@link #startRecord()} resets the budget), so
 * an unclosed quote in a large file fails that record instead of filling the memory.
 *
 * <p>Not thread-safe.
 */
final class CheckedUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private final Deque<Long> badLines = new ArrayDeque<>();
    private final Deque<long[]> badChars = new ArrayDeque<>();
    private final boolean keepOffsets;
    private long charsBefore;
    private final List<Integer> errors = new ArrayList<>();
    private final long maxRecordChars;
    private boolean eof;
    private boolean first = true;
    private boolean lastWasCr;
    /** A CSV file's reader: a carriage return alone is text in a file whose lines end with LF or CRLF. */
    private final boolean csv;
    /** How the file's first line ends: not seen yet, with a carriage return alone, or with LF or CRLF. */
    private int lineEnds = UNSEEN;
    private static final int UNSEEN = 0;
    private static final int CR_ALONE = 1;
    private static final int LF = 2;
    private long lineBreaks;
    private long recordChars;
    /** The last character decoded so far (a byte-order mark left out), or 0 before any. */
    private char lastChar;

    /** A reader of a CSV file in UTF-8 (a carriage return alone being text when the file's lines end with LF or CRLF). */
    CheckedUtf8Reader(InputStream in, long maxRecordChars) {
        this(in, maxRecordChars, StandardCharsets.UTF_8, false, true);
    }

    /**
     * A reader of text in a given character set (a Meta HTML file that declares one), checked the
     * same way; with {@code keepOffsets}, it also keeps the character offset of each invalid
     * sequence until {@link #takeInvalidBefore} takes it (the HTML parser places blocks by offset,
     * and Meta writes whole threads on one line).
     */
    CheckedUtf8Reader(InputStream in, long maxRecordChars, Charset charset, boolean keepOffsets) {
        this(in, maxRecordChars, charset, keepOffsets, false);
    }

    private CheckedUtf8Reader(InputStream in, long maxRecordChars, Charset charset, boolean keepOffsets, boolean csv) {
        this.in = in;
        this.csv = csv;
        this.maxRecordChars = maxRecordChars;
        this.keepOffsets = keepOffsets;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    /**
     * Whether a carriage return alone (not followed by LF) is text, no line break: in a CSV file
     * whose first line ends with LF or CRLF, known once that line break was read. A file whose
     * lines end with a carriage return alone (as old Macs wrote) keeps it as its line break.
     */
    boolean loneCrIsText() {
        return lineEnds == LF;
    }

    /** Starts counting the characters of a new record against the per-record bound. */
    void startRecord() {
        recordChars = 0;
    }

    /** Whether text that was not UTF-8 was found on a line in {@code [from, to]}; earlier lines are forgotten. */
    boolean invalidBetween(long from, long to) {
        while (!badLines.isEmpty() && badLines.peekFirst() < from) {
            badLines.pollFirst();
        }
        return !badLines.isEmpty() && badLines.peekFirst() <= to;
    }

    /** The first line in {@code [from, to]} holding text that was not UTF-8, or -1. */
    long firstInvalidLine(long from, long to) {
        return invalidBetween(from, to) ? badLines.peekFirst() : -1;
    }

    /**
     * Forgets and gives the first text that was not valid if it is before the character offset
     * {@code at} (offsets as the reader's characters are counted, a byte-order mark left out):
     * {@code {offset, line}}, or {@code null}. Only for a reader made to keep offsets.
     */
    long[] takeInvalidBefore(long at) {
        return !badChars.isEmpty() && badChars.peekFirst()[0] < at ? badChars.pollFirst() : null;
    }

    /**
     * Reads and drops the text of the first {@code n} lines (up to and including the {@code n}-th
     * line break, a CRLF counting as one, a carriage return alone none where it is text). Call it
     * before anything else is read.
     */
    void skipLines(long n) throws IOException {
        long seen = 0;
        boolean cr = false;
        while (true) {
            if (!fill()) {
                return;
            }
            char c = chars.get(chars.position());
            if (seen == n && !(cr && c == '\n')) {
                return;
            }
            chars.get();
            if (c == '\n') {
                seen += cr && !loneCrIsText() ? 0 : 1;
                cr = false;
            } else if (c == '\r') {
                seen += loneCrIsText() ? 0 : 1;
                cr = true;
            } else {
                cr = false;
            }
        }
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        recordChars += n;
        if (recordChars > maxRecordChars) {
            throw new IOException("a record longer than " + maxRecordChars + " characters (an unclosed quote?)");
        }
        return n;
    }

    /** Makes decoded characters available; false at the end of the input. */
    private boolean fill() throws IOException {
        while (!chars.hasRemaining()) {
            if (eof && !bytes.hasRemaining()) {
                return false;
            }
            chars.clear();
            decodeSome();
            chars.flip();
            countLines();
        }
        return true;
    }

    private void decodeSome() throws IOException {
        errors.clear();
        while (chars.position() == 0) {
            if (!eof && bytes.remaining() < 8) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (r.isError()) {
                bytes.position(bytes.position() + r.length());
                errors.add(chars.position());
                chars.put('\uFFFD');
                if (chars.remaining() > 0 && bytes.hasRemaining()) {
                    continue;
                }
                return;
            }
            if (eof && !bytes.hasRemaining()) {
                decoder.flush(chars);
                return;
            }
            if (r.isOverflow()) {
                return;
            }
        }
    }

    /** Counts the line breaks of the fresh characters and places each bad sequence on its line. */
    private void countLines() {
        int next = 0;
        if (first && chars.hasRemaining()) {
            first = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (csv && lineEnds == UNSEEN && (c == '\n' || lastWasCr)) {
                lineEnds = c == '\n' ? LF : CR_ALONE;
            }
            if (lastWasCr && c != '\n' && loneCrIsText()) {
                // the carriage return before was alone: text, in a file whose lines end with LF or CRLF
                lineBreaks--;
            }
            if (next < errors.size() && errors.get(next) == i) {
                next++;
                long line = lineBreaks + 1;
                if (keepOffsets) {
                    badChars.addLast(new long[] {charsBefore + i - chars.position(), line});
                } else if (badLines.isEmpty() || badLines.peekLast() != line) {
                    badLines.addLast(line);
                }
            }
            if (c == '\n') {
                if (!lastWasCr) {
                    lineBreaks++;
                }
                lastWasCr = false;
            } else if (c == '\r') {
                lineBreaks++;
                lastWasCr = true;
            } else {
                lastWasCr = false;
            }
        }
        if (chars.limit() > chars.position()) {
            lastChar = chars.get(chars.limit() - 1);
        }
        charsBefore += chars.limit() - chars.position();
    }

    /**
     * Whether the input has been read to its end, and ended with neither a line break nor a
     * double quote: inside an unquoted field, as a CSV file cut short within its last record
     * does. A file whose last record ends with a quoted field, or that is empty, does not.
     */
    boolean endedInUnquotedField() {
        return eof && !bytes.hasRemaining() && !chars.hasRemaining() && lastChar != 0 && lastChar != '\n'
                && lastChar != '\r' && lastChar != '"';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
