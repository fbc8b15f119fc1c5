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
 * before it (every place after the damage is off by as much), or that its place was damaged alone:
 * it is sought near there, first as far
 * off as the entry before it was found, then where the entry before it in the directory ends (a
 * place damaged alone, by a changed byte), then within {@value #REACH} bytes either way, as the
 * local header with the entry's own name ({@link Found#places}). Not found (nor sought byte by byte
 * past {@value #SEARCHES} entries of one zip), opening the entry says that its place is damaged, and
 * does not read another entry's data as its own ({@link Found#taken}).
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
        // each entry's predecessor in the directory, which a zip writer writes just before it
        Map<ZipArchiveEntry, ZipArchiveEntry> previous = new java.util.IdentityHashMap<>();
        ZipArchiveEntry before = null;
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
            ZipArchiveEntry entry = e.nextElement();
            if (before != null) {
                previous.put(entry, before);
            }
            before = entry;
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
                // no local header there, or another entry's: bytes put in or taken out before it, or its place damaged
                long found = shift != 0 && Arrays.equals(nameAt(ch, size, at + shift), raw) ? at + shift : -1;
                long after = found >= 0 ? -1 : afterPrevious(ch, size, previous.get(entry), places, raw);
                if (found < 0 && after < 0) {
                    found = searches++ < SEARCHES ? seek(ch, size, at, shift, raw) : -1;
                }
                if (found >= 0) {
                    places.put(Key.of(entry), found);
                    shift = found - at;
                } else if (after >= 0) {
                    // a place damaged alone (a changed byte, not a shift): the places after it keep their own
                    places.put(Key.of(entry), after);
                } else if (local != null) {
                    taken.put(Key.of(entry), local);
                }
            }
        }
        return names.isEmpty() && places.isEmpty() && taken.isEmpty() ? Found.NOTHING : new Found(names, places, taken);
    }

    /**
     * Where the local header named {@code raw} is when it follows the entry {@code before} (the one
     * before it in the directory) right where that entry's data ends, or its data descriptor does;
     * -1 when it is not there, or there is no entry before it.
     */
    private static long afterPrevious(FileChannel ch, long size, ZipArchiveEntry before, Map<Key, Long> places, byte[] raw)
            throws IOException {
        if (before == null || before.getCompressedSize() < 0) {
            return -1;
        }
        long at = places.getOrDefault(Key.of(before), before.getLocalHeaderOffset());
        ByteBuffer header = ByteBuffer.allocate(LOCAL_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        if (at < 0 || at > size - LOCAL_SIZE || ZipEntryCount.read(ch, header, at) < LOCAL_SIZE
                || header.getInt(0) != LOCAL) {
            return -1;
        }
        long end = at + LOCAL_SIZE + Short.toUnsignedInt(header.getShort(26)) + Short.toUnsignedInt(header.getShort(28))
                + before.getCompressedSize();
        // a data descriptor (bit 3): 12 or 16 bytes (its signature is optional), 20 or 24 in a Zip64 entry
        long[] gaps = (header.getShort(6) & 8) != 0 ? new long[] {0, 12, 16, 20, 24} : new long[] {0};
        for (long gap : gaps) {
            if (Arrays.equals(nameAt(ch, size, end + gap), raw)) {
                return end + gap;
            }
        }
        return -1;
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
