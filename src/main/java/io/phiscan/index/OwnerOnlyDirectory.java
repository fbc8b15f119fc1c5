package io.phiscan.index;

import io.phiscan.report.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Path;
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
    private final Path dir;

    OwnerOnlyDirectory(FSDirectory in) {
        super(in);
        this.dir = in.getDirectory();
    }

    /** Opens the folder, and narrows the files already in it (those of an older workspace). */
    static OwnerOnlyDirectory open(Path dir) throws IOException {
        OwnerOnlyFiles.restrictFilesIn(dir);
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
        OwnerOnlyFiles.restrict(dir.resolve(name));
        return lock;
    }

    private IndexOutput restricted(IndexOutput out) throws IOException {
        try {
            OwnerOnlyFiles.restrict(dir.resolve(out.getName()));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }
}
