package io.phiscan.generate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An invented person: name, a handle in the style of the platform, a numeric account id, and
 * whether they write in Spanish. Immutable.
 */
record Person(String first, String last, String handle, String id, boolean spanish) {

    String name() {
        return first + " " + last;
    }

    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

    /**
     * Lower-case ASCII letters and digits of a name: "Ana Lucía Herrera" gives "analuciaherrera".
     * Names come from fixed lists, so each is worked out once.
     */
    static String slug(String name) {
        return SLUGS.computeIfAbsent(name, Person::compute);
    }

    private static String compute(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder(plain.length());
        for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Someone new, with a handle as people choose them on {@code style}. */
    static Person invent(Dice dice, boolean spanish, HandleStyle style, String id) {
        String first = spanish ? dice.pick(Names.FIRST_ES) : dice.pick(Names.FIRST_EN);
        String last = spanish ? dice.pick(Names.LAST_ES) : dice.pick(Names.LAST_EN);
        return new Person(first, last, style.handle(dice, slug(first), slug(last)), id, spanish);
    }

    /** How handles look on a platform. */
    enum HandleStyle {
        TWITTER, INSTAGRAM, REDDIT, MASTODON, LINKEDIN, NONE;

        String handle(Dice dice, String first, String last) {
            return switch (this) {
                case TWITTER -> switch (dice.below(4)) {
                    case 0 -> first + "_" + last.charAt(0) + "_" + dice.between(1960, 2005);
                    case 1 -> first.charAt(0) + last + "_" + dice.pick(Names.WORDS);
                    case 2 -> first + last + dice.between(1, 99);
                    default -> first + "_" + last;
                };
                case INSTAGRAM -> switch (dice.below(3)) {
                    case 0 -> first + last + "." + dice.pick(Names.WORDS);
                    case 1 -> first + "." + last + dice.between(1, 99);
                    default -> first + "_" + dice.pick(Names.WORDS);
                };
                case REDDIT -> dice.pick(Names.WORDS) + "_" + first + "_" + dice.between(1, 99);
                case MASTODON -> first + last.charAt(0) + "@" + dice.pick(Names.INSTANCES);
                case LINKEDIN -> first + "-" + last + "-" + dice.hex(4);
                case NONE -> "";
            };
        }
    }
}
