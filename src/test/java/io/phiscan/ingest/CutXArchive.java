package io.phiscan.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * An X archive ({@code twitter/no-manifest-2023}) zipped with entries of a test's own among its
 * files, and cut inside a photo after them, before the central directory: an interrupted
 * download. The entries are deflated; their sizes are in their local headers, or, as
 * {@code java.util.zip} writes them, in data descriptors after their data. Written whole, with
 * entries whose compressed data is damaged, it is the archive of the tests of damaged entries too.
 */
final class CutXArchive {
    static final String FOLDER = "twitter/no-manifest-2023";
    static final String PHOTO = "data/tweets_media/1-photo.jpg";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    /** The archive's account file first, then {@code before} in order, then the rest of the archive and a photo. */
    CutXArchive(Map<String, byte[]> before) throws IOException {
        Path folder = Fixtures.path(FOLDER);
        entries.put("data/account.js", Files.readAllBytes(folder.resolve("data/account.js")));
        entries.putAll(before);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                entries.putIfAbsent(folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        byte[] photo = new byte[8192];
        new Random(7).nextBytes(photo);
        entries.put(PHOTO, photo);
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The zip's bytes, whole. */
    byte[] zip(boolean sizesInHeaders) throws IOException {
        if (sizesInHeaders) {
            SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
            try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(channel)) {
                for (var e : entries.entrySet()) {
                    z.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                    z.write(e.getValue());
                    z.closeArchiveEntry();
                }
            }
            return Arrays.copyOf(channel.array(), (int) channel.size());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The zip's bytes, whole, with the entries named in {@code damageAt} damaged at the byte of
     * their contents given: deflated in two blocks, the second from that byte, whose header is
     * broken (an invalid block type), so that each decompresses up to there and no further. The
     * zip's headers and directory are whole, with each entry's true sizes and CRC-32.
     */
    byte[] zipDamaged(Map<String, Integer> damageAt) throws IOException {
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(channel)) {
            for (var e : entries.entrySet()) {
                Integer at = damageAt.get(e.getKey());
                if (at == null) {
                    z.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                    z.write(e.getValue());
                    z.closeArchiveEntry();
                    continue;
                }
                byte[] data = e.getValue();
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
                deflater.setInput(data, 0, at);
                deflate(deflater, raw, Deflater.SYNC_FLUSH);
                int second = raw.size();
                deflater.setInput(data, at, data.length - at);
                deflater.finish();
                deflate(deflater, raw, Deflater.NO_FLUSH);
                deflater.end();
                byte[] compressed = raw.toByteArray();
                compressed[second] = (byte) 0xFF;
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setMethod(ZipArchiveEntry.DEFLATED);
                entry.setSize(data.length);
                entry.setCompressedSize(compressed.length);
                entry.setCrc(crc.getValue());
                z.addRawArchiveEntry(entry, new ByteArrayInputStream(compressed));
            }
        }
        return Arrays.copyOf(channel.array(), (int) channel.size());
    }

    private static void deflate(Deflater deflater, ByteArrayOutputStream out, int flush) {
        byte[] buffer = new byte[4096];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
        } while (flush == Deflater.SYNC_FLUSH ? n == buffer.length : !deflater.finished());
    }

    /** Changes the CRC-32 that the local and central headers of the entry named {@code name} give (sizes in its local header). */
    static void crc(byte[] zip, String name) {
        zip[header(zip, name) + 14] ^= 0x5A;
        String latin = new String(zip, StandardCharsets.ISO_8859_1);
        for (int at = latin.indexOf("PK\u0001\u0002"); at >= 0; at = latin.indexOf("PK\u0001\u0002", at + 4)) {
            int length = (zip[at + 28] & 0xff) | (zip[at + 29] & 0xff) << 8;
            if (new String(zip, at + 46, length, StandardCharsets.UTF_8).equals(name)) {
                zip[at + 16] ^= 0x5A;
                return;
            }
        }
        throw new AssertionError("no entry " + name);
    }

    /** The byte the local header of the entry named {@code name} starts at. */
    static int header(byte[] zip, String name) {
        String latin = new String(zip, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf("PK\u0003\u0004");
        while (at >= 0) {
            int nameLength = (zip[at + 26] & 0xff) | (zip[at + 27] & 0xff) << 8;
            if (new String(zip, at + 30, nameLength, StandardCharsets.UTF_8).equals(name)) {
                return at;
            }
            at = latin.indexOf("PK\u0003\u0004", at + 4);
        }
        throw new AssertionError("no entry " + name);
    }

    /**
     * Damages the compressed data of the deflated entry named {@code name}, in any zip: its first
     * byte becomes a block header of an invalid type, so it decompresses to nothing. The zip's
     * headers and directory are left whole.
     */
    static void damage(byte[] zip, String name) {
        int at = header(zip, name);
        int nameLength = (zip[at + 26] & 0xff) | (zip[at + 27] & 0xff) << 8;
        int extraLength = (zip[at + 28] & 0xff) | (zip[at + 29] & 0xff) << 8;
        zip[at + 30 + nameLength + extraLength] = (byte) 0xFF;
    }

    /** Sets bits of the general purpose flag in the local header of the entry named {@code name}. */
    static void flag(byte[] zip, String name, int bits) {
        zip[header(zip, name) + 6] |= (byte) bits;
    }

    /** Sets the compression method in the local header of the entry named {@code name}. */
    static void method(byte[] zip, String name, int method) {
        int at = header(zip, name);
        zip[at + 8] = (byte) method;
        zip[at + 9] = (byte) (method >>> 8);
    }

    /**
     * Renames every entry named {@code from} (in its local header and in the central directory)
     * to {@code to}, a name of the same length: how a test makes a zip list a name twice.
     */
    static byte[] rename(byte[] zip, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("names of different lengths");
        }
        return new String(zip, StandardCharsets.ISO_8859_1).replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Puts an entry named {@code name} before the local header of the entry named {@code before}:
     * stored (not compressed), its CRC-32 and sizes left out of its header and written after its
     * data in a data descriptor with its signature, as streaming zip writers write them
     * ({@code descriptor} false: none at all, a damaged entry). Only the local headers are right
     * after it: the zip is to be cut before its central directory.
     */
    static byte[] insertStored(byte[] zip, String before, String name, byte[] data, boolean descriptor) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data);
        byte[] raw = text(name);
        java.nio.ByteBuffer entry = java.nio.ByteBuffer.allocate(30 + raw.length + data.length + 16)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        // signature, version 1.0, flags: sizes in a data descriptor (bit 3) and a UTF-8 name (bit 11), method 0 (stored)
        entry.putInt(0x04034b50).putShort((short) 10).putShort((short) 0x0808).putShort((short) 0);
        // time and date, then the CRC and sizes left to the descriptor, the name's length, no extra field
        entry.putInt(0).putInt(0).putInt(0).putInt(0).putShort((short) raw.length).putShort((short) 0);
        entry.put(raw).put(data);
        if (descriptor) {
            entry.putInt(0x08074b50).putInt((int) crc.getValue()).putInt(data.length).putInt(data.length);
        }
        int at = header(zip, before);
        byte[] out = new byte[zip.length + entry.position()];
        System.arraycopy(zip, 0, out, 0, at);
        System.arraycopy(entry.array(), 0, out, at, entry.position());
        System.arraycopy(zip, at, out, at + entry.position(), zip.length - at);
        return out;
    }

    /** The byte the central directory starts at (its first record's signature). */
    static int centralDirectory(byte[] zip) {
        int at = new String(zip, StandardCharsets.ISO_8859_1).indexOf("PK\u0001\u0002");
        if (at < 0) {
            throw new AssertionError("no central directory");
        }
        return at;
    }

    /** Writes the zip's first {@code length} bytes: a download stopped there. */
    static Path cut(byte[] zip, int length, Path file) throws IOException {
        return Files.write(file, Arrays.copyOf(zip, length));
    }

    /** Writes the zip cut 100 bytes into the photo's data, the last entry: what a download stopped there leaves. */
    static Path cut(byte[] zip, Path file) throws IOException {
        int photo = header(zip, PHOTO);
        return Files.write(file, Arrays.copyOf(zip, photo + 30 + PHOTO.length() + 100));
    }
}
