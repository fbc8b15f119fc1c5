package io.phiscan.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Memory benchmark, not a test: writes a synthetic Facebook JSON export whose one thread folder
 * holds about 1 GB of {@code message_N.json} files (Meta's layout and mojibake), then reads every
 * message through {@link ExportLocator} and the export's cursors, as the ingest step does, and
 * prints the messages read, the throughput and the peak heap. With {@code html} it writes one
 * 2017-layout {@code html/messages.htm} of that size instead. Run it with the heap capped:
 * {@code mvn -B -q -Pbench-memory verify} (see the README), or by hand with
 * {@code java -Xmx256m -cp … io.phiscan.ingest.FacebookMemoryBenchmark [MB] [json|html] [folder]}.
 */
public final class FacebookMemoryBenchmark {
    private static final String[] TEXTS = {
        "Are we still on for the book club on Thursday? I'll bring the snacks",
        "Caf\u00c3\u00a9 at 10? \u00e2\u0098\u0095 See you there",
        "Running late, 10 minutes \u00f0\u009f\u0098\u0085 sorry!",
        "Did you finish chapter 3? The ending surprised me a lot",
    };

    private FacebookMemoryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long targetMb = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        boolean html = args.length > 1 && args[1].equals("html");
        Path root = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("phiscan-bench-");
        try {
            long t0 = System.nanoTime();
            long[] written = html ? writeHtml(root, targetMb << 20) : write(root, targetMb << 20);
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("generated %,d messages in %d files, %,.1f MB, in %.1f s%n", written[0], written[1],
                    written[2] / 1048576.0, genSeconds);
            read(root, written[2]);
        } finally {
            if (args.length < 3) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** Messages, files and bytes written: {@code message_N.json} of about 100 MB each, newest first. */
    private static long[] write(Path root, long bytes) throws IOException {
        Path thread = root.resolve("your_facebook_activity/messages/inbox/bookclub_7777777777");
        Files.createDirectories(thread);
        Files.createDirectories(root.resolve("personal_information/profile_information"));
        Files.writeString(root.resolve("personal_information/profile_information/profile_information.json"),
                "{\n  \"profile_v2\": {\n    \"name\": {\n      \"full_name\": \"Nora Vance\"\n    }\n  }\n}\n");
        long perFile = 100L << 20;
        int files = (int) Math.max(1, (bytes + perFile - 1) / perFile);
        long total = 0;
        long messages = 0;
        long ms = 1_700_000_000_000L;
        for (int f = files; f >= 1; f--) {
            Path file = thread.resolve("message_" + f + ".json");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20)) {
                out.write("{\n  \"participants\": [\n    {\n      \"name\": \"Zo\\u00c3\\u00ab Fixture\"\n    },\n"
                        + "    {\n      \"name\": \"Nora Vance\"\n    },\n    {\n      \"name\": \"Casey Fixture\"\n    }\n  ],\n"
                        + "  \"messages\": [\n");
                long size = 0;
                boolean first = true;
                while (size < perFile && total + size < bytes) {
                    String sender = messages % 3 == 0 ? "Nora Vance" : messages % 3 == 1 ? "Zo\\u00c3\\u00ab Fixture" : "Casey Fixture";
                    String text = escape(TEXTS[(int) (messages % TEXTS.length)]) + " #" + messages;
                    String element = (first ? "" : ",\n") + "    {\n      \"sender_name\": \"" + sender + "\",\n"
                            + "      \"timestamp_ms\": " + (ms - messages * 1000) + ",\n      \"content\": \"" + text + "\",\n"
                            + "      \"is_geoblocked_for_viewer\": false\n    }";
                    out.write(element);
                    size += element.length();
                    messages++;
                    first = false;
                }
                out.write("\n  ],\n  \"title\": \"Book club\",\n  \"is_still_participant\": true,\n"
                        + "  \"thread_type\": \"RegularGroup\",\n  \"thread_path\": \"inbox/bookclub_7777777777\",\n"
                        + "  \"magic_words\": []\n}\n");
                total += size;
            }
        }
        return new long[] {messages, files, Files.size(thread.resolve("message_1.json")) == 0 ? 0 : folderSize(thread)};
    }

    /** Messages, files and bytes written: one {@code html/messages.htm} of the 2017 layout, 20 threads. */
    private static long[] writeHtml(Path root, long bytes) throws IOException {
        Path file = root.resolve("html/messages.htm");
        Files.createDirectories(file.getParent());
        long messages = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20)) {
            out.write("<html><head><meta charset=\"UTF-8\" /><title>Nora Vance - Messages</title></head><body>\n"
                    + "<div class=\"contents\"><h1>Nora Vance</h1><div>\n");
            long size = 0;
            long perThread = Math.max(1, bytes / 20);
            while (size < bytes) {
                out.write("<div class=\"thread\">Zoë Fixture, Nora Vance\n");
                for (long t = 0; t < perThread && size < bytes; messages++) {
                    String block = "<div class=\"message\"><div class=\"message_header\"><span class=\"user\">"
                            + (messages % 2 == 0 ? "Zoë Fixture" : "Nora Vance") + "</span><span class=\"meta\">Friday, October 4, 2013 at "
                            + (1 + messages / 60 % 12) + ":" + String.format("%02d", messages % 60) + "pm PDT</span></div></div>\n<p>"
                            + MetaText.repair(TEXTS[(int) (messages % TEXTS.length)]) + " #" + messages + "</p>\n";
                    out.write(block);
                    size += block.length();
                    t += block.length();
                }
                out.write("</div>\n");
            }
            out.write("</div></div></body></html>\n");
        }
        return new long[] {messages, 1, Files.size(file)};
    }

    private static void read(Path root, long bytes) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Runtime rt = Runtime.getRuntime();
        long sampledPeak = 0;
        long liveAfterGc = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long messages = 0;
        long bad = 0;
        long t0 = System.nanoTime();
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(root))) {
            for (Export export : locator.exports()) {
                for (String part : export.parts()) {
                    try (RecordCursor cursor = export.open(part)) {
                        IngestRecord r;
                        while ((r = cursor.next()) != null) {
                            if (r instanceof IngestRecord.Read) {
                                messages++;
                            } else {
                                bad++;
                            }
                            if ((messages & 0x3FFF) == 0) {
                                sampledPeak = Math.max(sampledPeak, rt.totalMemory() - rt.freeMemory());
                                liveAfterGc = Math.max(liveAfterGc, heap.stream().mapToLong(p -> p.getCollectionUsage() == null
                                        ? 0 : p.getCollectionUsage().getUsed()).sum());
                            }
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long poolPeaks = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionCount())).sum();
        System.gc();
        System.out.printf("read %,d messages (%,d bad) in %.1f s: %,.0f messages/s, %,.1f MB/s%n", messages, bad, seconds,
                messages / seconds, bytes / 1048576.0 / seconds);
        System.out.printf("reading thread's CPU time %.1f s: %,.1f MB per CPU-second (the machine may be shared)%n", cpuSeconds,
                bytes / 1048576.0 / cpuSeconds);
        System.out.printf("heap: max %,d MB; peak used, garbage included (sampled every 16,384 messages) %,d MB;"
                + " sum of the heap pools' peaks %,d MB; largest heap left after a collection %,d MB; %,d collections;"
                + " used after the read and a full GC %,d MB%n", rt.maxMemory() >> 20, sampledPeak >> 20, poolPeaks >> 20,
                liveAfterGc >> 20, gcs, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c > 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long sum = 0;
            for (Path p : files.toList()) {
                sum += Files.size(p);
            }
            return sum;
        }
    }
}
