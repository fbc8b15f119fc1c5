package io.phiscan.ingest;

import io.phiscan.model.Sha256;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * What a zip's central directory says of its entries, as one SHA-256: each entry's name as its
 * bytes, flags, method, time, CRC-32, compressed and uncompressed sizes, external attributes
 * (its Unix mode) and where its local header is, in the directory's order. Two zips of the same
 * size with the same digest hold the same entries with the same bytes (as far as their CRC-32
 * tells) in the same places. Taken from a listing already made: it reads nothing of the file.
 * Stateless.
 */
final class ZipDirectoryDigest {
    private ZipDirectoryDigest() {
    }

    static String of(ZipFile zip) {
        MessageDigest digest = Sha256.newDigest();
        ByteBuffer fields = ByteBuffer.allocate(64);
        for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
            ZipArchiveEntry e = all.nextElement();
            byte[] name = e.getRawName() == null ? new byte[0] : e.getRawName();
            fields.clear();
            fields.putInt(name.length).putInt(e.getRawFlag()).putInt(e.getMethod()).putLong(e.getTime())
                    .putLong(e.getCrc()).putLong(e.getCompressedSize()).putLong(e.getSize())
                    .putLong(e.getExternalAttributes()).putLong(e.getLocalHeaderOffset());
            digest.update(fields.array(), 0, fields.position());
            digest.update(name);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
