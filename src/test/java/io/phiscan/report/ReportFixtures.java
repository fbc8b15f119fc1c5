package io.phiscan.report;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Severity;
import io.phiscan.model.Signal;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Status;
import io.phiscan.model.Visibility;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small synthetic runs for the report's tests: invented people, exchanges in the shape the detector gives. */
final class ReportFixtures {
    static final Author OWNER = new Author("500", "DrQuinnHale", "Dr. Quinn Hale");
    static final Author PARENT = new Author("601", "rosa_vidal_22", "Rosa Vidal");
    static final Author PATIENT = new Author("602", "tk_brennan", "Tomas Brennan");
    static final Instant T0 = Instant.parse("2025-03-04T15:20:00Z");

    private ReportFixtures() {
    }

    static RunStore.Run run(String id, Instant started, Path out) {
        return new RunStore.Run(id, "audit", started, started.plusSeconds(30), "practice-2", List.of("/exports/hale"),
                out == null ? null : out.toString());
    }

    static RunStore.RunInput input(String path, long messages, long skipped, long encrypted, List<String> notes) {
        return new RunStore.RunInput(path, Platform.TWITTER, "DrQuinnHale", "x-2022", messages, skipped, encrypted, notes);
    }

    /** Three findings: a high one the owner answered with advice, a public medium one, a low one. */
    static RunReport report(String runId, Path out) {
        Message m1 = msg("m1", "c1", PARENT, Direction.INBOUND, Visibility.DIRECT, 0,
                "Hi Dr. Hale, this is Rosa, Lucas's mom. You saw him Monday. His fever is 103 and he is on amoxicillin 5 ml. "
                        + "DOB 02/09/2019, call me at 555-867-1234.");
        Message m2 = msg("m2", "c1", OWNER, Direction.OUTBOUND, Visibility.DIRECT, 3600,
                "Rosa, give him ibuprofen every 6 hours and bring him in tomorrow.");
        Finding high = finding("F-aaaa000000000001", "c1", Severity.HIGH, 9.0, true, Visibility.DIRECT, List.of(PARENT),
                List.of(m1, m2), List.of(sig(m1, "Rosa", Signal.IDENTIFIER, "name", "id.name"),
                        sig(m1, "Lucas", Signal.IDENTIFIER, "name", "id.name"),
                        sig(m1, "Lucas's mom", Signal.RELATIONSHIP, "family", "rel.family"),
                        sig(m1, "You saw him", Signal.RELATIONSHIP, "prior-care", "rel.prior-care"),
                        sig(m1, "fever", Signal.CLINICAL, "symptom", "clin.symptom"),
                        sig(m1, "amoxicillin", Signal.CLINICAL, "medication", "clin.medication"),
                        sig(m1, "5 ml", Signal.CLINICAL, "dose", "clin.dose"),
                        sig(m1, "02/09/2019", Signal.IDENTIFIER, "dob", "id.dob"),
                        sig(m1, "555-867-1234", Signal.IDENTIFIER, "phone", "id.phone"),
                        sig(m2, "ibuprofen", Signal.CLINICAL, "medication", "clin.medication"),
                        sig(m2, "every 6 hours", "response", "advice", "resp.instruction")),
                List.of("a counterpart discussed a family member's care", "the owner replied with clinical advice"));
        Message m3 = msg("m3", "c2", OWNER, Direction.OUTBOUND, Visibility.PUBLIC, 86_400 * 40,
                "@tk_brennan sorry your asthma is acting up, please call the office.");
        Finding medium = finding("F-bbbb000000000002", "c2", Severity.MEDIUM, 5.0, false, Visibility.PUBLIC,
                List.of(PATIENT), List.of(m3), List.of(sig(m3, "asthma", Signal.CLINICAL, "condition", "clin.condition"),
                        sig(m3, "please call the office", "response", "offline", "resp.offline")),
                List.of("the owner's public reply ties clinical content to a person"));
        Message m4 = msg("m4", "c3", PATIENT, Direction.INBOUND, Visibility.DIRECT, 86_400 * 70,
                "I'm your patient, my rash is back. Email tomas.b@example.org");
        Finding low = finding("F-cccc000000000003", "c3", Severity.LOW, 2.0, false, Visibility.DIRECT, List.of(PATIENT),
                List.of(m4), List.of(sig(m4, "I'm your patient", Signal.RELATIONSHIP, "patient-self", "rel.patient"),
                        sig(m4, "rash", Signal.CLINICAL, "symptom", "clin.symptom"),
                        sig(m4, "tomas.b@example.org", Signal.IDENTIFIER, "email", "id.email")),
                List.of("a counterpart discussed their own care"));
        List<FindingStore.Stored> findings = new ArrayList<>();
        findings.add(new FindingStore.Stored(high, runId, runId));
        findings.add(new FindingStore.Stored(medium, "R-EARLIER", runId));
        findings.add(new FindingStore.Stored(low.withStatus(Status.CONFIRMED), "R-EARLIER", runId));
        Instant started = Instant.parse("2025-06-01T02:00:00Z");
        return new RunReport(run(runId, started, out), started.plusSeconds(30),
                List.of(input("/exports/hale", 120, 1, 2, List.of())), findings,
                List.of(new RunStore.Skipped("/exports/hale!data/tweets.js", "element 7, line 90", "not valid JSON")),
                List.of("/exports/hale: 2 encrypted messages present, not readable"));
    }

    static Message msg(String id, String conversation, Author author, Direction d, Visibility v, long seconds, String text) {
        return new Message(id, Platform.TWITTER, "DrQuinnHale", "n-" + id, conversation, null, T0.plusSeconds(seconds),
                false, author, List.of(), d, v, text, List.of(), new SourceRef("/exports/hale", "data/direct-messages.js",
                        "element 1"));
    }

    static Finding finding(String id, String conversation, Severity s, double score, boolean engaged, Visibility v,
            List<Author> counterparts, List<Message> messages, List<Signal> signals, List<String> reasons) {
        return new Finding(id, Platform.TWITTER, "DrQuinnHale", "tw-x-" + conversation, v, s, score, engaged, Status.NEW,
                counterparts, messages, signals, reasons, "practice-2");
    }

    /** The signal over the first occurrence of {@code span} in the message. */
    static Signal sig(Message m, String span, String kind, String category, String rule) {
        int at = m.text().indexOf(span);
        if (at < 0) {
            throw new IllegalArgumentException("no '" + span + "' in " + m.id());
        }
        return new Signal(kind, category, m.id(), at, at + span.length(), span, rule);
    }
}
