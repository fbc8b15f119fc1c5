package io.phiscan.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence with named gaps, {@code "You saw {kid} on {weekday}."}, parsed once and filled many
 * times from a {@link Cast}. A gap whose name starts with a capital ({@code {He}}) is filled with
 * the value capitalized. Immutable and thread-safe.
 */
final class Template {

    /** The gaps a template may name: the people and details of one exchange. */
    enum Slot {
        OWNER, OWNER_FIRST, PRACTICE, PHONE, PLATFORM, TOWN,
        FIRST, LAST, HANDLE,
        KID, HE, HIS, HIM, CHILD, PARENT, LO, O,
        MED, DOSE, SYMPTOM, SYMPTOM2, REASON, WHEN, WEEKDAY, DOB, MONTH,
        FRIEND, DAY, TIME, PLACE, TOPIC, THING, NUM
    }

    private final String[] literals;
    private final Slot[] slots;
    private final boolean[] capital;

    private Template(String[] literals, Slot[] slots, boolean[] capital) {
        this.literals = literals;
        this.slots = slots;
        this.capital = capital;
    }

    static Template of(String text) {
        List<String> literals = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        int from = 0;
        int open;
        while ((open = text.indexOf('{', from)) >= 0) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed gap in: " + text);
            }
            String name = text.substring(open + 1, close);
            literals.add(text.substring(from, open));
            slots.add(Slot.valueOf(name.toUpperCase(Locale.ROOT)));
            capital.add(Character.isUpperCase(name.charAt(0)));
            from = close + 1;
        }
        literals.add(text.substring(from));
        boolean[] caps = new boolean[capital.size()];
        for (int i = 0; i < caps.length; i++) {
            caps[i] = capital.get(i);
        }
        return new Template(literals.toArray(String[]::new), slots.toArray(Slot[]::new), caps);
    }

    static Template[] all(String... texts) {
        Template[] out = new Template[texts.length];
        for (int i = 0; i < texts.length; i++) {
            out[i] = of(texts[i]);
        }
        return out;
    }

    /** Appends the sentence with every gap filled. */
    void render(StringBuilder out, Cast cast) {
        for (int i = 0; i < slots.length; i++) {
            out.append(literals[i]);
            String value = cast.get(slots[i]);
            if (capital[i] && !value.isEmpty()) {
                out.append(Character.toUpperCase(value.charAt(0))).append(value, 1, value.length());
            } else {
                out.append(value);
            }
        }
        out.append(literals[slots.length]);
    }

    String render(Cast cast) {
        StringBuilder b = new StringBuilder(96);
        render(b, cast);
        return b.toString();
    }

    /** The values of the gaps for one exchange. Mutable, not thread-safe. */
    static final class Cast {
        private final String[] values = new String[Slot.values().length];

        Cast set(Slot slot, String value) {
            values[slot.ordinal()] = value;
            return this;
        }

        String get(Slot slot) {
            String v = values[slot.ordinal()];
            if (v == null) {
                throw new IllegalStateException("no value for {" + slot.name().toLowerCase(Locale.ROOT) + "}");
            }
            return v;
        }
    }
}
