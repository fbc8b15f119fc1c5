package io.phiscan.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The copy of one entry of a zip read from its local headers ({@link ZipSalvage}) into an
 * owner-only file (0600 whatever the umask), under the limits a whole zip's entries are read
 * under ({@link ZipLimits}, in {@link ZipTree}'s words): the entry's size, its ratio to its
 * compressed size once past the floor, and the total of the zip. A failure to read the entry's
 * data is told apart from one to write its copy; a copy that fails is deleted, and a file of the
 * same name copied before it stays. Stateless.
 */
final class SalvageCopy {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<StandardOpenOption> NEW_FILE = EnumSet.of(StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private SalvageCopy() {
    }

    /**
     * Copies the entry's data to {@code target} and gives its size; {@link Refused} past a limit,
     * {@link Unread} when its data cannot be read ({@code before}: the bytes the zip's entries
     * copied before it expanded to). A copy that fails leaves nothing of itself: a file of the same
     * name copied before it (a zip can list a name twice) is replaced only by a whole copy, and
     * stays when the copy fails.
     */
    static long copy(ZipArchiveInputStream in, ZipArchiveEntry e, Path target, ZipLimits limits, long before)
            throws IOException {
        return copy(target, into -> write(in, e, into, limits, before));
    }

    /**
     * Copies the {@code size} bytes of a stored entry's data that start at byte {@code start} of
     * the zip (their end found by {@link DataDescriptorSearch}) to {@code target}, as {@link #copy}
     * does; refused before anything is written when the size is past a limit.
     */
    static long copyStored(Path zip, long start, long size, Path target, ZipLimits limits, long before) throws IOException {
        refuse(size, Math.max(size, 1), before, limits);
        return copy(target, into -> {
            try (SeekableByteChannel in = Files.newByteChannel(zip); OutputStream out = ownerOnly(into)) {
                in.position(start);
                InputStream data = Channels.newInputStream(in);
                byte[] buf = new byte[1 << 16];
                long left = size;
                int r;
                while (left > 0 && (r = data.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                    out.write(buf, 0, r);
                    left -= r;
                }
                if (left > 0) {
                    throw new Unread(new EOFException("the zip ends inside the entry's data"));
                }
            }
            return size;
        });
    }

    /** What writes a copy into a file. */
    private interface Writing {
        long into(Path file) throws IOException;
    }

    private static long copy(Path target, Writing writing) throws IOException {
        boolean again = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        // beside the target, so that it replaces it by a rename; created owner-only (0600) where POSIX
        Path into = again ? Files.createTempFile(target.getParent(), "phiscan-", ".part") : target;
        boolean whole = false;
        try {
            long n = writing.into(into);
            if (again) {
                Files.move(into, target, StandardCopyOption.REPLACE_EXISTING);
            }
            whole = true;
            return n;
        } finally {
            if (!whole) {
                Files.deleteIfExists(into);
            }
        }
    }

    private static long write(ZipArchiveInputStream in, ZipArchiveEntry e, Path target, ZipLimits limits, long before)
            throws IOException {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        try (OutputStream out = ownerOnly(target)) {
            int r;
            while ((r = read(in, buf)) > 0) {
                n += r;
                // the size the local header gives, or, when a data descriptor after the data will, the bytes read so far
                long compressed = e.getCompressedSize() >= 0 ? e.getCompressedSize() : in.getBytesRead() - e.getDataOffset();
                refuse(n, Math.max(compressed, 1), before, limits);
                out.write(buf, 0, r);
            }
        }
        return n;
    }

    private static int read(InputStream in, byte[] buf) throws Unread {
        try {
            return in.read(buf);
        } catch (IOException e) {
            throw new Unread(e);
        }
    }

    /** The limits a whole zip's entries are read under ({@link ZipTree}), with its words. */
    private static void refuse(long read, long compressed, long before, ZipLimits limits) throws Refused {
        if (read > limits.maxEntryBytes()) {
            throw new Refused("refused: the entry expands past " + limits.maxEntryBytes() + " bytes", false);
        }
        if (read > limits.ratioFloorBytes() && read / compressed > limits.maxRatio()) {
            throw new Refused("refused: the entry expands more than " + limits.maxRatio()
                    + " times its compressed size (a zip bomb?)", false);
        }
        if (before + read > limits.maxTotalBytes()) {
            throw new Refused("refused: the zip's entries expand past " + limits.maxTotalBytes() + " bytes in all (a zip bomb?)"
                    + "; the entries after this one are not read", true);
        }
    }

    /** An entry refused by a limit; {@code all} when no entry after it may be read either (the total is reached). */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        final boolean all;

        Refused(String reason, boolean all) {
            super(reason);
            this.all = all;
        }
    }

    /** Reading an entry's data failed (the zip ends there, or its data is damaged); writing its copy is another matter. */
    static final class Unread extends IOException {
        private static final long serialVersionUID = 1L;

        Unread(IOException cause) {
            super(cause);
        }
    }

    /**
     * Opens a file for writing (replacing one of the same name, as a zip can list a name twice),
     * created owner-only (0600) whatever the umask: {@code Files.newOutputStream} made it 0644,
     * 0666 under umask 000.
     */
    private static OutputStream ownerOnly(Path file) throws IOException {
        if (!POSIX) {
            return Files.newOutputStream(file);
        }
        return Channels.newOutputStream(Files.newByteChannel(file, NEW_FILE, PosixFilePermissions.asFileAttribute(FILE_MODE)));
    }
}
