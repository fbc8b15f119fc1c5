package io.phiscan.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file's bytes, read to their end even when a zip entry's CRC-32 check fails there: every byte
 * came, so that failure is kept ({@link #failure}) and the stream ends as the file does, for the
 * reader to list the file once it has read what the bytes hold. Readers that take the bytes in
 * large blocks (a CSV file of a few kilobytes is one block) would otherwise lose every record of
 * the file to a failure that only its last read meets. Data that does not decompress still throws.
 * Not thread-safe.
 */
final class CheckedAtEnd extends FilterInputStream {
    private DamagedZipEntryException failure;

    CheckedAtEnd(InputStream in) {
        super(in);
    }

    /** The CRC-32 failure met at the end of the bytes, or null. */
    DamagedZipEntryException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        try {
            return failure != null ? -1 : super.read();
        } catch (DamagedZipEntryException e) {
            return ended(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return failure != null ? -1 : super.read(b, off, len);
        } catch (DamagedZipEntryException e) {
            return ended(e);
        }
    }

    private int ended(DamagedZipEntryException e) {
        if (!e.readWhole()) {
            throw e;
        }
        failure = e;
        return -1;
    }
}
