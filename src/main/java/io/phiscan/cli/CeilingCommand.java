package io.phiscan.cli;

import io.phiscan.index.IndexCeiling;
import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.ExportTree;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.ingest.RecordCursor;
import io.phiscan.ingest.ZipLimits;
import io.phiscan.model.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code phiscan ceiling parse|index INPUT...}: what the machine allows, for the benchmark in
 * {@code bench/scale.sh}. {@code parse}: every export read and parsed, nothing else. {@code
 * index}: the same messages, parsed first (not timed), through a bare Lucene writer. Both on as
 * many threads as an audit uses, one group of an export's parts ({@code Export#partGroups}, as an
 * audit's units) per task.
 * Prints one line of figures; message text is never printed.
 */
@Command(name = "ceiling", hidden = true, mixinStandardHelpOptions = true,
        description = {"Measures the parse or the index ceiling over exports (for bench/scale.sh).",
                "",
                "parse: every export read and parsed, nothing else.",
                "index: the same messages, parsed first (not timed), through a bare Lucene writer;",
                "needs the heap to hold them all."})
final class CeilingCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "parse|index", description = "What to measure.")
    String what;

    @Parameters(index = "1..*", paramLabel = "INPUT", description = "Exports: zips, folders, or folders holding several.")
    List<Path> inputs;

    @Option(names = "--threads", description = "Threads (default: the processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--index-dir", paramLabel = "DIR", description = "Where the index ceiling writes (default: a temporary folder, deleted).")
    Path indexDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!what.equals("parse") && !what.equals("index")) {
            throw new ExitCodes.UsageException("measure parse or index, not " + what);
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean keep = what.equals("index");
        List<Message> messages = keep ? Collections.synchronizedList(new ArrayList<>()) : null;
        AtomicLong records = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long t0 = System.nanoTime();
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(inputs)) {
            List<List<String>> tasks = new ArrayList<>();
            List<Export> owners = new ArrayList<>();
            for (Export e : locator.exports()) {
                for (List<String> group : e.partGroups()) {
                    tasks.add(group);
                    owners.add(e);
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < tasks.size(); i++) {
                    Export e = owners.get(i);
                    List<String> parts = tasks.get(i);
                    running.add(pool.submit(() -> {
                        // held as an ingest unit holds it: listed once for the task, sized and read while listed
                        ExportTree tree = locator.tree(e);
                        try (ExportTree.Hold held = tree.hold()) {
                            for (String part : parts) {
                                bytes.addAndGet(Math.max(0, tree.size(part)));
                                read(e, part, records, messages);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        long parsed = System.nanoTime() - t0;
        double mb = bytes.get() / 1e6;
        if (!keep) {
            double s = parsed / 1e9;
            out.printf("parse ceiling: %,d records, %.1f MB in %.2f s: %,.0f records/s, %.1f MB/s, %d threads, heap peak %d MB%n",
                    records.get(), mb, s, records.get() / s, mb / s, threads, heapPeakMb());
            return 0;
        }
        Path dir = indexDir != null ? indexDir : Files.createTempDirectory("phiscan-ceiling");
        try {
            long took = IndexCeiling.index(messages, dir, threads, 256);
            double s = took / 1e9;
            out.printf("index ceiling: %,d messages, %.1f MB of exports in %.2f s: %,.0f messages/s, %.1f MB/s, %d threads, heap peak %d MB%n",
                    messages.size(), mb, s, messages.size() / s, mb / s, threads, heapPeakMb());
        } finally {
            if (indexDir == null) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    /** Reads a part of an export through, counting its records and keeping its messages when {@code messages} is not null. */
    private static void read(Export e, String part, AtomicLong records, List<Message> messages) throws IOException {
        try (RecordCursor c = e.open(part)) {
            for (IngestRecord r = c.next(); r != null; r = c.next()) {
                records.incrementAndGet();
                if (messages != null && r instanceof IngestRecord.Read read) {
                    messages.add(read.message());
                }
            }
        }
    }

    /** The most heap in use at any time so far, over all heap pools, in MB. */
    static long heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1 << 20);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
