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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Each entry's local header, compared with what the zip's central directory says of it: where it
 * is, and the entry's name (a zip writer writes each name twice). Two names for one entry mean that
 * one of them was damaged ({@link Found#names}). A local header that is not where the directory
 * places it, or is another entry's there, means that bytes were put into the zip or taken out of it
 * before it (every place after the damage is off by as much): it is sought near there, first as far
 * off as the entry before it was found, then within {@value #REACH} bytes either way, as the local
 * header with the entry's own name ({@link Found#places}); not found, opening the entry says that
 * its place is damaged (and does not read another entry's data as its own, {@link Found#taken}) (so it does, past {@value #SEARCHES} entries sought byte by byte in one zip).
 * Read for the entries that are not photos, videos or sound (by their
 * directory name's extension): an export's media files, often most of its entries and never read,
 * are not sought out across the disk. Headers are read in the order of the zip's bytes. Stateless.
 */
final class LocalHeaderCheck {
    private static final int LOCAL = 0x04034b50;
    private static final int LOCAL_SIZE = 30;
    /** How far either way from where the directory places it a local header is sought. */
    static final int REACH = 64 * 1024;
    /** How many entries of one zip are sought byte by byte: a hostile zip whose places all miss costs no more. */
    static final int SEARCHES = 4096;
    /** The extensions of media files, which no reader opens. */
    private static final Set<String> MEDIA = Set.of("jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp", "tif",
            "tiff", "mp4", "mov", "m4v", "webm", "avi", "mkv", "3gp", "mp3", "m4a", "aac", "wav", "ogg", "opus", "amr");

    private LocalHeaderCheck() {
    }

    /**
     * What the local headers say otherwise than the directory, by each entry's {@link Key}.
     *
     * @param names the local header's name of each entry whose directory name differs from it
     * @param places where the local header of an entry that is not where the directory places it was found
     * @param taken the name of the other entry whose local header is where the directory places an entry not
     *     found nearby: reading there would read that entry's data as this one's
     */
    record Found(Map<Key, byte[]> names, Map<Key, Long> places, Map<Key, byte[]> taken) {
        static final Found NOTHING = new Found(Map.of(), Map.of(), Map.of());
    }

    /**
     * An entry as the directory gives it: its local header's place and its name (two entries a
     * damaged directory places alike are told apart by their names).
     */
    record Key(long at, ByteBuffer name) {
        static Key of(ZipArchiveEntry entry) {
            return new Key(entry.getLocalHeaderOffset(), ByteBuffer.wrap(entry.getRawName()));
        }
    }

    static Found check(Path path, ZipFile zip) throws IOException {
        List<ZipArchiveEntry> looked = new ArrayList<>();
        Set<ByteBuffer> allNames = new HashSet<>();
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
            ZipArchiveEntry entry = e.nextElement();
            byte[] raw = entry.getRawName();
            allNames.add(ByteBuffer.wrap(raw));
            if (raw.length > 0 && raw[raw.length - 1] != '/' && !isMedia(raw)) {
                looked.add(entry);
            }
        }
        looked.sort(Comparator.comparingLong(ZipArchiveEntry::getLocalHeaderOffset));
        Map<Key, byte[]> names = new HashMap<>();
        Map<Key, Long> places = new HashMap<>();
        Map<Key, byte[]> taken = new HashMap<>();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            long shift = 0;
            int searches = 0;
            for (ZipArchiveEntry entry : looked) {
                long at = entry.getLocalHeaderOffset();
                byte[] raw = entry.getRawName();
                byte[] local = at >= 0 ? nameAt(ch, size, at) : null;
                if (local != null && Arrays.equals(local, raw)) {
                    continue;
                }
                if (local != null && !allNames.contains(ByteBuffer.wrap(local))) {
                    names.put(Key.of(entry), local);
                    continue;
                }
                // no local header there, or another entry's: bytes were put in or taken out before it
                long found = shift != 0 && Arrays.equals(nameAt(ch, size, at + shift), raw) ? at + shift
                        : searches++ < SEARCHES ? seek(ch, size, at, shift, raw) : -1;
                if (found >= 0) {
                    places.put(Key.of(entry), found);
                    shift = found - at;
                } else if (local != null) {
                    taken.put(Key.of(entry), local);
                }
            }
        }
        return names.isEmpty() && places.isEmpty() && taken.isEmpty() ? Found.NOTHING : new Found(names, places, taken);
    }

    /** The name of the local header at {@code at}, or null when there is none there. */
    private static byte[] nameAt(FileChannel ch, long size, long at) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(LOCAL_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        if (at > size - LOCAL_SIZE || ZipEntryCount.read(ch, header, at) < LOCAL_SIZE || header.getInt(0) != LOCAL) {
            return null;
        }
        int length = Short.toUnsignedInt(header.getShort(26));
        if (length == 0 || at + LOCAL_SIZE + length > size) {
            return null;
        }
        ByteBuffer name = ByteBuffer.allocate(length);
        return ZipEntryCount.read(ch, name, at + LOCAL_SIZE) == length ? name.array() : null;
    }

    /**
     * Where the local header named {@code raw} nearest {@code at + shift} (as far off as the entry
     * before it), else nearest {@code at}, within {@link #REACH} bytes is; -1 when it is nowhere there.
     */
    private static long seek(FileChannel ch, long size, long at, long shift, byte[] raw) throws IOException {
        long best = -1;
        for (long around : shift == 0 ? new long[] {at} : new long[] {at + shift, at}) {
            long from = Math.max(0, around - REACH);
            int length = (int) Math.min(size - from, 2L * REACH + 4);
            if (length < LOCAL_SIZE) {
                continue;
            }
            ByteBuffer window = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            length = ZipEntryCount.read(ch, window, from);
            for (int i = 0; i + 4 <= length; i++) {
                long p = from + i;
                if (window.getInt(i) == LOCAL && (best < 0 || Math.abs(p - around) < Math.abs(best - around))
                        && Arrays.equals(nameAt(ch, size, p), raw)) {
                    best = p;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
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
}
