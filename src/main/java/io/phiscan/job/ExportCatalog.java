package io.phiscan.job;

import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.ExportTree;
import io.phiscan.ingest.ZipLimits;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exports of a run's inputs, located once per process and shared by the ingest step's
 * partitions (which read different parts of them, each on its own thread). Closed at the end of
 * the step, or with the application. Thread-safe.
 */
final class ExportCatalog implements Closeable {
    private final Progress progress;
    private final Map<List<Path>, ExportLocator> located = new LinkedHashMap<>();

    ExportCatalog(Progress progress) {
        this.progress = progress;
    }

    /** The exports found in these inputs, located now or by an earlier call with the same inputs. */
    synchronized ExportLocator locate(List<Path> inputs) throws IOException {
        ExportLocator locator = located.get(inputs);
        if (locator == null) {
            locator = new ExportLocator(ZipLimits.DEFAULT, tree -> new MeteredTree(tree, progress)).locate(inputs);
            located.put(List.copyOf(inputs), locator);
        }
        return locator;
    }

    /** The export at a path among these inputs' exports. */
    Optional<Export> export(List<Path> inputs, String path) throws IOException {
        return locate(inputs).exports().stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /** The tree in which an export of these inputs was found: its parts are entries of it. */
    ExportTree tree(List<Path> inputs, Export export) throws IOException {
        return locate(inputs).tree(export);
    }

    /** Closes every locator (their zips and temporary files); later calls locate again. */
    @Override
    public synchronized void close() throws IOException {
        IOException first = null;
        for (ExportLocator l : located.values()) {
            try {
                l.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        located.clear();
        if (first != null) {
            throw first;
        }
    }
}
