package io.phiscan.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The names a zip's local headers give its entries where they are not the names its central
 * directory gives them: a zip writer writes one name twice, so two names for one entry mean that
 * one of them was damaged. Read for the entries that are not photos, videos or sound (by their
 * directory name's extension): an export's media files, often most of its entries and never read,
 * are not sought out across the disk. Each local header is read where the directory places it, in
 * the order of the zip's bytes; an entry whose local header is not there (no signature, or past
 * the zip's end) is left to opening it, which says so. Stateless.
 */
final class LocalNames {
    private static final int LOCAL = 0x04034b50;
    private static final int LOCAL_SIZE = 30;
    /** The extensions of media files, which no reader opens. */
    private static final Set<String> MEDIA = Set.of("jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp", "tif",
            "tiff", "mp4", "mov", "m4v", "webm", "avi", "mkv", "3gp", "mp3", "m4a", "aac", "wav", "ogg", "opus", "amr");

    private LocalNames() {
    }

    /**
     * The local header's name, as its bytes, of each entry whose directory name differs from it,
     * by the entry's local header offset.
     */
    static Map<Long, byte[]> differing(Path path, ZipFile zip) throws IOException {
        List<ZipArchiveEntry> looked = new ArrayList<>();
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
            ZipArchiveEntry entry = e.nextElement();
            byte[] raw = entry.getRawName();
            if (raw.length > 0 && raw[raw.length - 1] != '/' && !isMedia(raw)) {
                looked.add(entry);
            }
        }
        looked.sort(Comparator.comparingLong(ZipArchiveEntry::getLocalHeaderOffset));
        Map<Long, byte[]> out = new HashMap<>();
        ByteBuffer header = ByteBuffer.allocate(LOCAL_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            for (ZipArchiveEntry entry : looked) {
                long at = entry.getLocalHeaderOffset();
                if (at < 0 || at > size - LOCAL_SIZE || read(ch, header.clear(), at) < LOCAL_SIZE
                        || header.getInt(0) != LOCAL) {
                    continue;
                }
                int length = Short.toUnsignedInt(header.getShort(26));
                if (length == 0 || at + LOCAL_SIZE + length > size) {
                    continue;
                }
                ByteBuffer name = ByteBuffer.allocate(length);
                if (read(ch, name, at + LOCAL_SIZE) == length && !Arrays.equals(name.array(), entry.getRawName())) {
                    out.put(at, name.array());
                }
            }
        }
        return out;
    }

    /** Whether a name is a photo's, a video's or a sound's, by its extension. */
    static boolean isMedia(byte[] raw) {
        int dot = -1;
        for (int i = raw.length - 1; i >= 0 && raw[i] != '/'; i--) {
            if (raw[i] == '.') {
                dot = i;
                break;
            }
        }
        if (dot < 0 || raw.length - dot - 1 > 4) {
            return false;
        }
        String extension = new String(raw, dot + 1, raw.length - dot - 1, StandardCharsets.US_ASCII);
        return MEDIA.contains(extension.toLowerCase(Locale.ROOT));
    }

    private static int read(FileChannel ch, ByteBuffer into, long at) throws IOException {
        int total = 0;
        while (into.hasRemaining()) {
            int n = ch.read(into, at + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
