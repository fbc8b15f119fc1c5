package io.phiscan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A folder inside another tree, presented as a tree of its own. */
final class SubTree implements ExportTree {
    private final ExportTree parent;
    private final String prefix;

    SubTree(ExportTree parent, String prefix) {
        this.parent = parent;
        this.prefix = prefix;
    }

    @Override
    public String displayName() {
        return parent.displayName() + "!" + prefix.substring(0, prefix.length() - 1);
    }

    @Override
    public List<String> entries() {
        return strip(parent.entriesUnder(prefix));
    }

    @Override
    public List<String> entriesUnder(String folder) {
        return strip(parent.entriesUnder(prefix + folder));
    }

    @Override
    public boolean exists(String entry) {
        return parent.exists(prefix + entry);
    }

    private List<String> strip(List<String> names) {
        return names.stream().map(e -> e.substring(prefix.length())).toList();
    }

    @Override
    public InputStream open(String entry) throws IOException {
        return parent.open(prefix + entry);
    }

    @Override
    public long size(String entry) {
        return parent.size(prefix + entry);
    }

    @Override
    public long modified(String entry) {
        return parent.modified(prefix + entry);
    }

    @Override
    public String stamp(String entry) {
        return parent.stamp(prefix + entry);
    }

    @Override
    public Hold hold() throws IOException {
        return parent.hold();
    }

    @Override
    public void close() throws IOException {
        parent.close();
    }
}
