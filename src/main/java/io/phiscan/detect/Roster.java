package io.phiscan.detect;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The practice's known patients on social media, from a CSV file the policy names: columns
 * {@code platform}, {@code account} (handle or account id) and optionally {@code name} (the
 * patient's full name, which then counts as a name wherever it is written). A counterpart on the
 * roster is a known patient: less evidence makes a finding, and the finding is at least the
 * policy's {@code known-patient} severity. The file is PHI: nothing of it is ever logged.
 * Immutable and thread-safe.
 *
 * @param accounts {@code platform:account}, lower case, {@code @} removed
 * @param names full names as written in the file
 */
public record Roster(Set<String> accounts, List<String> names) {

    public Roster {
        accounts = Set.copyOf(accounts);
        names = List.copyOf(names);
    }

    /** No known patients. */
    public static Roster empty() {
        return new Roster(Set.of(), List.of());
    }

    /** Whether an author is a known patient (by handle or by id). */
    public boolean contains(Platform platform, Author a) {
        String p = platform.id() + ":";
        return (a.handle() != null && accounts.contains(p + a.handle().toLowerCase(Locale.ROOT)))
                || (a.id() != null && accounts.contains(p + a.id().toLowerCase(Locale.ROOT)));
    }

    /**
     * Reads a roster CSV (UTF-8, header row required).
     *
     * @throws InvalidPolicyException naming the line that is wrong (never its content)
     */
    static Roster load(Path policyFile, Path csv) throws IOException {
        Set<String> accounts = new HashSet<>();
        List<String> names = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var parser = format.parse(r);
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()
                    .toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("platform") || !header.contains("account")) {
                throw new InvalidPolicyException(policyFile, "roster " + csv + ": the header must name the columns platform,"
                        + " account and optionally name");
            }
            for (CSVRecord rec : parser) {
                String platform = rec.get(header.indexOf("platform")).toLowerCase(Locale.ROOT);
                String account = rec.get(header.indexOf("account")).toLowerCase(Locale.ROOT).replaceFirst("^@", "");
                try {
                    Platform.fromId(platform);
                } catch (IllegalArgumentException e) {
                    throw new InvalidPolicyException(policyFile, "roster " + csv + " line " + rec.getRecordNumber()
                            + ": platform must be one of twitter, facebook, instagram, linkedin, mastodon, reddit");
                }
                if (account.isEmpty()) {
                    throw new InvalidPolicyException(policyFile, "roster " + csv + " line " + rec.getRecordNumber()
                            + ": the account is empty");
                }
                accounts.add(platform + ":" + account);
                int name = header.indexOf("name");
                if (name >= 0 && name < rec.size() && rec.get(name).strip().contains(" ")) {
                    names.add(rec.get(name).strip());
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InvalidPolicyException(policyFile, "roster " + csv + " is not a readable CSV file");
        }
        return new Roster(accounts, names);
    }
}
