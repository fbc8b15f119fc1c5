package io.phiscan.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random findings for tests that compare two ways of reading or writing them. */
public final class RandomFindings {
    private RandomFindings() {
    }

    /** A finding of random content: 1 to 6 messages, some with a signal, and every optional part present or not. */
    public static Finding finding(Random r) {
        Platform platform = pick(r, Platform.values());
        Author owner = new Author("1", "drowner", "Dr. Owner");
        List<Author> people = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            people.add(author(r));
        }
        List<Message> messages = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
            boolean out = r.nextBoolean();
            String text = text(r);
            Message m = new Message("m-" + r.nextInt(1_000_000), platform, "drowner", r.nextBoolean() ? null : "n" + r.nextLong(),
                    "conv-" + r.nextInt(5), r.nextBoolean() ? null : "n" + r.nextInt(9),
                    Instant.ofEpochSecond(1_500_000_000L + r.nextInt(300_000_000), r.nextInt(4) == 0 ? 0 : r.nextInt(1_000_000_000)),
                    r.nextBoolean(), out ? owner : author(r), r.nextBoolean() ? List.of() : List.of(owner, author(r)),
                    out ? Direction.OUTBOUND : Direction.INBOUND, pick(r, Visibility.values()), text,
                    r.nextBoolean() ? List.of() : List.of("media/" + r.nextInt(99) + ".jpg", "a \"quoted\" name"),
                    new SourceRef("/exports/" + text(r) + ".zip", r.nextBoolean() ? null : "data/x.js", r.nextBoolean() ? null : "line 4"));
            messages.add(m);
            if (!text.isEmpty() && r.nextBoolean()) {
                int start = r.nextInt(text.length());
                signals.add(new Signal(r.nextBoolean() ? Signal.CLINICAL : Signal.IDENTIFIER, "dose", m.id(), start,
                        start + r.nextInt(text.length() - start + 1), r.nextBoolean() ? null : text.substring(start), "clin.dose"));
            }
        }
        return new Finding(Finding.idFor("x" + r.nextLong()), platform, "drowner", "ex-" + r.nextInt(99), pick(r, Visibility.values()),
                pick(r, Severity.values()), r.nextBoolean() ? r.nextInt(20) : r.nextDouble() * 20, r.nextBoolean(),
                pick(r, Status.values()), people, messages, signals, r.nextBoolean() ? List.of() : List.of("a reason", text(r)),
                r.nextBoolean() ? "builtin-2" : "policy.yaml@" + r.nextInt(9));
    }

    private static Author author(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new Author("id" + r.nextInt(1000), null, null);
            case 1 -> new Author(null, "h" + r.nextInt(1000), r.nextBoolean() ? null : text(r) + "x");
            default -> new Author("id" + r.nextInt(1000), "h" + r.nextInt(1000), "Ana María Ñúñez");
        };
    }

    /** Text with the characters JSON escapes, other scripts and surrogate pairs. */
    private static String text(Random r) {
        String[] parts = {"fever", " ", "\"", "\\", "\n", "\t", "\u0001", "é", "李", "😷", "</script>", "=1+1", "5 mg"};
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = r.nextInt(12); i < n; i++) {
            s.append(parts[r.nextInt(parts.length)]);
        }
        return s.toString();
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
