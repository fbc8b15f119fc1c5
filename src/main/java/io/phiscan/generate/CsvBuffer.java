package io.phiscan.generate;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What a {@code CSVPrinter} prints to: characters gathered in an array, without locking, and
 * handed to the UTF-8 encoder {@value #SIZE} at a time. The printer appends a record a few
 * characters at a time, and a {@code Writer} takes a lock on every call. Not thread-safe.
 */
final class CsvBuffer implements Appendable, Flushable, Closeable {
    static final int SIZE = 32 << 10;
    private final Writer out;
    private final char[] chars = new char[SIZE];
    private int used;

    CsvBuffer(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public CsvBuffer append(CharSequence s) throws IOException {
        return append(s, 0, s.length());
    }

    @Override
    public CsvBuffer append(CharSequence s, int start, int end) throws IOException {
        while (start < end) {
            if (used == SIZE) {
                spill();
            }
            int n = Math.min(end - start, SIZE - used);
            if (s instanceof String string) {
                string.getChars(start, start + n, chars, used);
            } else {
                for (int i = 0; i < n; i++) {
                    chars[used + i] = s.charAt(start + i);
                }
            }
            used += n;
            start += n;
        }
        return this;
    }

    @Override
    public CsvBuffer append(char c) throws IOException {
        if (used == SIZE) {
            spill();
        }
        chars[used++] = c;
        return this;
    }

    private void spill() throws IOException {
        out.write(chars, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        spill();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
