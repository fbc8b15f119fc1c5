package io.phiscan.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The invented physician who owns an account's exports: name, practice, the practice's phone, and
 * the handle used on each platform. Immutable.
 *
 * @param tag what makes the handles of two physicians with the same name differ ("" or digits)
 */
record Physician(String first, String last, String town, String practice, String phone, String tag) {

    /** {@code count} physicians with different names, drawn from the run's seed. */
    static List<Physician> cast(int count, long seed) {
        Dice dice = new Dice(Dice.derive(seed, -1));
        List<Physician> out = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            boolean spanish = dice.chance(0.2);
            String first = spanish ? dice.pick(Names.FIRST_ES) : dice.pick(Names.FIRST_EN);
            String last = spanish ? dice.pick(Names.LAST_ES) : dice.pick(Names.LAST_EN);
            String tag = seen.add(Person.slug(first + last)) ? "" : Integer.toString(i + 1);
            String town = dice.pick(Names.TOWNS);
            String practice = town + (dice.chance(0.6) ? " Pediatrics" : " Family Medicine");
            String phone = "(555) " + dice.between(200, 399) + "-" + dice.between(1000, 9999);
            out.add(new Physician(first, last, town, practice, phone, tag));
        }
        return List.copyOf(out);
    }

    String name() {
        return first + " " + last;
    }

    /** "Dr. Ana Rios". */
    String titled() {
        return "Dr. " + name();
    }

    private String ascii() {
        return Person.slug(first) + Person.slug(last) + tag;
    }

    /** X and Reddit: DrAnaRios. */
    String camelHandle() {
        StringBuilder b = new StringBuilder("Dr");
        for (String word : (first + " " + last).split(" ")) {
            String s = Person.slug(word);
            if (!s.isEmpty()) {
                b.append(Character.toUpperCase(s.charAt(0))).append(s, 1, s.length());
            }
        }
        return b.append(tag).toString();
    }

    /** Instagram: dr.anarios. */
    String instagramHandle() {
        return "dr." + ascii();
    }

    /** Facebook user name: ana.rios.riverbend. */
    String facebookUser() {
        return Person.slug(first) + "." + Person.slug(last) + tag + "." + Person.slug(town);
    }

    /** Mastodon user name (on med-social.example): anarios. */
    String mastodonUser() {
        return ascii();
    }

    /** LinkedIn profile slug: ana-rios-md. */
    String linkedInSlug() {
        return Person.slug(first) + "-" + Person.slug(last) + "-md" + (tag.isEmpty() ? "" : "-" + tag);
    }
}
