package io.phiscan.report;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Status;
import io.phiscan.model.Visibility;
import io.phiscan.review.Compliance;
import io.phiscan.review.EventLog;
import io.phiscan.review.FollowUp;
import io.phiscan.review.Offender;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code notes/<finding-id>.txt}: a documentation note per incident, ready to paste into
 * the medical record: when and where the contact was attempted, who wrote, what was asked (by
 * category; the messages themselves only when the policy allows), whether clinical advice was
 * given online, the follow-up recorded so far, and blanks for what only a person knows.
 * Names, handles and quoted messages come from exports: their control characters are shown as
 * signs ({@link PlainText}). Dismissed findings get no note. Stateless and thread-safe.
 */
public final class ChartNoteWriter {
    public static final String FOLDER = "notes";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final String BLANK = "____________________";

    /** Writes the notes of the findings that are not dismissed; returns the files, relative to {@code dir}. */
    public List<String> write(Compliance compliance, List<Finding> findings, Path dir) throws IOException {
        return write(compliance, findings, new OutputFolder(dir));
    }

    /** Like {@link #write(Compliance, List, Path)}, into a run's folder. */
    public List<String> write(Compliance compliance, List<Finding> findings, OutputFolder out) throws IOException {
        List<String> files = new ArrayList<>();
        Compliance.Offenders offenders = compliance.offenders();
        Path folder = null;
        for (Finding f : findings) {
            if (f.status() == Status.DISMISSED) {
                continue;
            }
            if (folder == null) {
                folder = OwnerOnlyFiles.folder(out.resolve(FOLDER));
            }
            try (OutputStream o = out.createIn(folder, f.id() + ".txt")) {
                o.write(note(compliance, offenders, f).getBytes(StandardCharsets.UTF_8));
            }
            files.add(FOLDER + "/" + f.id() + ".txt");
        }
        return files;
    }

    static String note(Compliance compliance, Finding f) {
        return note(compliance, compliance.offenders(), f);
    }

    private static String note(Compliance compliance, Compliance.Offenders offenders, Finding f) {
        List<Message> theirs = f.messages().stream().filter(m -> m.direction() == Direction.INBOUND).toList();
        List<Message> span = theirs.isEmpty() ? f.messages() : theirs;
        StringBuilder s = new StringBuilder();
        s.append("DOCUMENTATION: CONTACT ATTEMPTED THROUGH SOCIAL MEDIA\n");
        s.append("phiscan finding ").append(f.id()).append(" · run ").append(compliance.runId() == null ? "-" : compliance.runId())
                .append(" · policy ").append(f.policyVersion()).append("\n\n");
        if (theirs.isEmpty()) {
            line(s, "Date", when(span) + " (" + span.size() + " message(s), all by the account owner, to them)");
        } else {
            line(s, "Date of contact", when(span) + " (" + span.size() + " message(s) from them, " + f.messages().size()
                    + " in all)");
        }
        line(s, "Platform", PlatformNames.of(f.platform()) + ", " + where(f.visibility()) + " with the account " + f.account());
        for (Author a : f.counterparts()) {
            line(s, theirs.isEmpty() ? "Written to" : "Written by", who(f, a));
        }
        if (f.counterparts().isEmpty()) {
            line(s, "Written by", "the account owner (no other person identified)");
        }
        line(s, "Patient", BLANK + "   Date of birth: __________   MRN: __________");
        List<String> relation = Asked.relationship(f);
        line(s, "Relationship", relation.isEmpty() ? "not stated; " + BLANK : String.join("; ", relation));
        s.append(theirs.isEmpty() ? "\nWhat was discussed" : "\nWhat was asked").append(", by category (the messages are in the "
                + "audit report, not here):\n");
        List<String> clinical = Asked.clinical(f);
        (clinical.isEmpty() ? List.of("no clinical category recognized") : clinical).forEach(c -> s.append("  - ").append(c).append('\n'));
        List<String> ids = Asked.identifiers(f);
        s.append("Identifying details shared online: ").append(ids.isEmpty() ? "none recognized" : String.join(", ", ids)).append('\n');
        if (compliance.policy().practice().quoteMessagesInNotes()) {
            s.append("\nTheir messages, quoted in full as the practice's policy allows:\n");
            for (Message m : theirs) {
                s.append("  ").append(TIME.format(m.at())).append(": ").append(m.text().replace("\n", "\n    ")).append('\n');
            }
        }
        s.append("\nClinical advice online: ").append(advice(f)).append('\n');
        s.append("\nFollow-up:\n");
        followUp(s, compliance, offenders, f);
        s.append("\nClinical follow-up for the patient: ").append(BLANK).append(BLANK).append('\n');
        s.append(BLANK).append(BLANK).append(BLANK).append("\n\n");
        s.append("Documented by: ").append(BLANK).append("   Date: __________   Signature: ").append(BLANK).append('\n');
        return PlainText.printable(s.toString());
    }

    private static void followUp(StringBuilder s, Compliance compliance, Compliance.Offenders offenders, Finding f) {
        for (FollowUp kind : FollowUp.values()) {
            Optional<EventLog.Event> done = compliance.followUps(f.id()).stream().filter(e -> kind.id().equals(e.after())).findFirst();
            String what = switch (kind) {
                case CALLED -> "Called and took the discussion offline";
                case WARNED -> "Told that social media is not the way to reach the practice";
                case BLOCKED -> "Blocked the account on " + PlatformNames.of(f.platform());
            };
            if (done.isPresent()) {
                EventLog.Event e = done.get();
                s.append("  [x] ").append(what).append(": recorded ").append(TIME.format(e.at())).append(" by ").append(e.actor())
                        .append(e.reason() == null ? "" : " (" + e.reason() + ")").append('\n');
            } else {
                s.append("  [ ] ").append(what).append(" on __________ by ").append(BLANK).append('\n');
            }
        }
        for (Author a : f.counterparts()) {
            Optional<Offender> o = offenders.of(f.platform(), a);
            s.append("  Practice policy (warn once, then block): ").append(o.map(x -> standing(x, compliance.runId()))
                    .orElse("no incident counted against them")).append('\n');
        }
    }

    private static String standing(Offender o, String runId) {
        String n = o.incidents().size() + " incident(s) counted";
        return switch (o.standing()) {
            case BLOCKED -> n + "; on the block list since run " + o.blockedIn() + " (warned in run " + o.warnedIn() + ")";
            case WARNED -> n + (o.warnedIn().equals(runId) ? "; on this run's warning list: call and warn them"
                    : "; warned in run " + o.warnedIn() + ": another incident puts them on the block list");
            case NONE -> n + "; below the warning threshold";
        };
    }

    private static String advice(Finding f) {
        if (f.ownerEngaged()) {
            Instant at = f.messages().stream().filter(m -> m.direction() == Direction.OUTBOUND && has(f, m, "advice"))
                    .map(Message::at).findFirst().orElse(f.messages().get(0).at());
            return "YES. The account owner replied online with clinical advice (from " + TIME.format(at)
                    + "). Document the advice as care given: " + BLANK;
        }
        List<Message> replies = f.messages().stream().filter(m -> m.direction() == Direction.OUTBOUND).toList();
        String reply = replies.isEmpty() ? "there was no reply online."
                : replies.stream().anyMatch(m -> has(f, m, "offline")) ? "the reply took the discussion offline."
                : "the reply gave no clinical advice.";
        return "none. No clinical advice was given online; " + reply;
    }

    private static String when(List<Message> span) {
        Instant first = span.get(0).at();
        Instant last = span.get(span.size() - 1).at();
        return TIME.format(first) + (last.equals(first) ? "" : " to " + TIME.format(last));
    }

    private static boolean has(Finding f, Message m, String category) {
        return f.signals().stream().anyMatch(x -> x.messageId().equals(m.id()) && x.category().equals(category));
    }

    private static String who(Finding f, Author a) {
        List<String> parts = new ArrayList<>();
        if (a.name() != null) {
            parts.add(a.name());
        }
        if (a.handle() != null) {
            parts.add("@" + a.handle());
        }
        if (a.id() != null) {
            parts.add(PlatformNames.of(f.platform()) + " account " + a.id());
        }
        return String.join(", ", parts);
    }

    private static String where(Visibility v) {
        return switch (v) {
            case DIRECT -> "direct message";
            case GROUP -> "group message";
            case PUBLIC -> "public post or reply";
            case UNLISTED -> "unlisted post";
            case FOLLOWERS -> "followers-only post";
        };
    }

    private static void line(StringBuilder s, String label, String value) {
        // as String.format("%-17s %s", label + ":", value)
        s.append(label).append(':');
        for (int i = label.length() + 1; i < 17; i++) {
            s.append(' ');
        }
        s.append(' ').append(value).append('\n');
    }
}
