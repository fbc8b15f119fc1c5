package io.phiscan.job;

import io.phiscan.ingest.ExportTree;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** An export's files, presented unchanged, counting the bytes read from them for the progress line. */
final class MeteredTree implements ExportTree {
    private final ExportTree tree;
    private final Progress progress;

    MeteredTree(ExportTree tree, Progress progress) {
        this.tree = tree;
        this.progress = progress;
    }

    @Override
    public String displayName() {
        return tree.displayName();
    }

    @Override
    public List<String> entries() {
        return tree.entries();
    }

    @Override
    public boolean exists(String entry) {
        return tree.exists(entry);
    }

    @Override
    public List<String> entriesUnder(String prefix) {
        return tree.entriesUnder(prefix);
    }

    @Override
    public long size(String entry) {
        return tree.size(entry);
    }

    @Override
    public long modified(String entry) {
        return tree.modified(entry);
    }

    @Override
    public String stamp(String entry) {
        return tree.stamp(entry);
    }

    @Override
    public Hold hold() throws IOException {
        return tree.hold();
    }

    @Override
    public InputStream open(String entry) throws IOException {
        return new FilterInputStream(tree.open(entry)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    progress.bytesRead(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    progress.bytesRead(n);
                }
                return n;
            }
        };
    }

    @Override
    public void close() throws IOException {
        tree.close();
    }
}
