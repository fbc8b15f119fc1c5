package io.phiscan.report;

import io.phiscan.model.Finding;
import io.phiscan.model.Platform;
import io.phiscan.review.Compliance;
import io.phiscan.review.Offender;
import io.phiscan.review.ReviewPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code warnings.csv}: the counterparts this run warns (their first incident, by the
 * ledger's rule) to contact offline, with their incidents summarized by category (no message
 * text) and talking points for the phone call. Stateless and thread-safe.
 */
public final class WarningsCsvWriter {
    public static final String FILE = "warnings.csv";
    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    public void write(Compliance compliance, Path dir) throws IOException {
        write(compliance, new OutputFolder(dir));
    }

    public void write(Compliance compliance, OutputFolder folder) throws IOException {
        try (CSVPrinter out = SafeCsv.open(folder, FILE, "platform", "account_id", "handle", "display_name", "profile_url",
                "wrote_to", "incidents", "first_incident", "last_incident", "findings", "what_they_asked", "talking_points")) {
            for (Offender o : compliance.warnings()) {
                List<String> asked = new ArrayList<>();
                for (String id : o.findingIds()) {
                    Finding f = compliance.findings().get(id);
                    if (f != null) {
                        asked.add(id + " (" + f.visibility().id() + "): " + Asked.summary(f));
                    }
                }
                SafeCsv.row(out, o.platform().id(), o.accountId(), o.handle(), o.name(),
                        ProfileLinks.of(o.platform(), o.accountId(), o.handle()), String.join(" ", o.accounts()),
                        o.incidents().size(), DAY.format(o.firstIncident()), DAY.format(o.lastIncident()),
                        String.join(" ", o.findingIds()), String.join("\n", asked),
                        String.join("\n", talkingPoints(o.platform(), compliance.policy().practice(), o.findingIds())));
            }
        }
    }

    /** What to say on the call, in the spirit of the professional advice: take it offline, kindly. */
    static List<String> talkingPoints(Platform platform, ReviewPolicy.Practice practice, List<String> findingIds) {
        String where = PlatformNames.of(platform);
        String name = practice.name() != null ? practice.name() : "the practice";
        List<String> ways = new ArrayList<>();
        ways.add("call " + name + " at " + orBlank(practice.phone()));
        if (practice.portal() != null) {
            ways.add("send a message through the patient portal (" + practice.portal() + ")");
        }
        if (practice.afterHours() != null) {
            ways.add("after hours: " + practice.afterHours());
        }
        return List.of(
                "1. Thank them: they were looking for help, and asking was the right instinct.",
                "2. Social media is not private and not built for care: messages on " + where
                        + " can be seen, kept and shared beyond the practice, and the doctor cannot examine, check the chart"
                        + " or follow up there.",
                "3. The ways to reach the practice: " + String.join("; ", ways)
                        + "; in an emergency, call 911 or go to the nearest emergency department.",
                "4. Ask them not to send health questions on " + where + " again: they will not be answered there.",
                "5. Document the call in the medical record: "
                        + String.join(", ", findingIds.stream().map(id -> "notes/" + id + ".txt").toList()) + ".");
    }

    private static String orBlank(String s) {
        return s == null ? "__________" : s;
    }
}
