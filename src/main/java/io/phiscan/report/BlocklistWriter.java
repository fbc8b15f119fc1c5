package io.phiscan.report;

import io.phiscan.model.Platform;
import io.phiscan.review.Compliance;
import io.phiscan.review.Offender;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the block lists: {@code blocklist-<platform>.csv} with every counterpart the ledger
 * blocks (ids, handles, display names, profile addresses where known, first and last incident,
 * the runs that warned and blocked them, and when the block was recorded as done), and for X
 * {@code blocklist-twitter-ids.txt}, the numeric account ids one per line for bulk-blocking
 * tools. Each list holds everyone blocked so far, so a list imported twice blocks nobody twice.
 * Stateless and thread-safe.
 */
public final class BlocklistWriter {
    /** The X account ids file. */
    public static final String X_IDS = "blocklist-twitter-ids.txt";
    private static final String[] HEADER = {"platform", "account_id", "handle", "display_name", "profile_url", "wrote_to",
        "incidents", "first_incident", "last_incident", "warned_in_run", "blocked_in_run", "block_recorded", "findings"};

    /** The block list file of a platform. */
    public static String file(Platform platform) {
        return "blocklist-" + platform.id() + ".csv";
    }

    /**
     * Writes the block list of each platform that has a blocked counterpart or is named in
     * {@code platforms} (an empty list says nobody is blocked there), and the X ids file with
     * the X list.
     *
     * @return the files written, relative to {@code dir}
     */
    public List<String> write(Compliance compliance, Set<Platform> platforms, Path dir) throws IOException {
        return write(compliance, platforms, new OutputFolder(dir));
    }

    /** Like {@link #write(Compliance, Set, Path)}, into a run's folder. */
    public List<String> write(Compliance compliance, Set<Platform> platforms, OutputFolder folder) throws IOException {
        Set<Platform> all = platforms.isEmpty() ? EnumSet.noneOf(Platform.class) : EnumSet.copyOf(platforms);
        compliance.blocked().forEach(o -> all.add(o.platform()));
        List<String> files = new ArrayList<>();
        for (Platform p : all) {
            try (CSVPrinter out = SafeCsv.open(folder, file(p), HEADER)) {
                rows(compliance, p, out);
            }
            files.add(file(p));
            if (p == Platform.TWITTER) {
                try (OutputStream o = folder.create(X_IDS)) {
                    o.write(numericIds(compliance).getBytes(StandardCharsets.UTF_8));
                }
                files.add(X_IDS);
            }
        }
        return files;
    }

    /** Prints a platform's block list as CSV (for the command line). */
    public void print(Compliance compliance, Platform platform, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        rows(compliance, platform, printer);
        printer.flush();
    }

    /** The numeric X account ids of everyone blocked on X, one per line. */
    public static String numericIds(Compliance compliance) {
        Set<String> ids = new LinkedHashSet<>();
        for (Offender o : compliance.blocked()) {
            if (o.platform() == Platform.TWITTER && o.accountId() != null && o.accountId().matches("\\d+")) {
                ids.add(o.accountId());
            }
        }
        StringBuilder s = new StringBuilder();
        ids.forEach(id -> s.append(id).append('\n'));
        return s.toString();
    }

    private static void rows(Compliance compliance, Platform platform, CSVPrinter out) throws IOException {
        DateTimeFormatter day = WarningsCsvWriter.DAY;
        for (Offender o : compliance.blocked()) {
            if (o.platform() != platform) {
                continue;
            }
            SafeCsv.row(out, o.platform().id(), o.accountId(), o.handle(), o.name(),
                    ProfileLinks.of(o.platform(), o.accountId(), o.handle()), String.join(" ", o.accounts()),
                    o.incidents().size(), day.format(o.firstIncident()), day.format(o.lastIncident()), o.warnedIn(),
                    o.blockedIn(), compliance.blockRecorded(o).map(t -> t.truncatedTo(ChronoUnit.SECONDS).toString()).orElse(""),
                    String.join(" ", o.findingIds()));
        }
    }
}
