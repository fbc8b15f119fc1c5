package io.phiscan.index;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * An index folder whose files are readable by their owner only, as the reports are: the index
 * stores message text. Lucene creates each file with the process's default permissions; this
 * narrows them to 0600 as soon as the file exists, before anything is written to it (the folder
 * itself is owner-only, so no one else can open it in between).
 */
final class OwnerOnlyDirectory extends FilterDirectory {
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private final Path dir;

    OwnerOnlyDirectory(FSDirectory in) {
        super(in);
        this.dir = in.getDirectory();
    }

    /** Opens the folder, and narrows the files already in it (those of an older workspace). */
    static OwnerOnlyDirectory open(Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                restrict(f);
            }
        }
        return new OwnerOnlyDirectory(FSDirectory.open(dir));
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return restricted(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return restricted(super.createTempOutput(prefix, suffix, context));
    }

    @Override
    public Lock obtainLock(String name) throws IOException {
        Lock lock = super.obtainLock(name);
        restrict(dir.resolve(name));
        return lock;
    }

    private IndexOutput restricted(IndexOutput out) throws IOException {
        try {
            restrict(dir.resolve(out.getName()));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }

    /** Narrows a file to 0600 where the file system has POSIX permissions and it is wider. */
    private static void restrict(Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && file.getFileSystem().supportedFileAttributeViews().contains("posix")
                && !OWNER_READ_WRITE.equals(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS))) {
            Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
        }
    }
}
