package io.phiscan.ingest;

import io.phiscan.model.Author;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner of a Meta export and the people in it. Meta names people by display name only, so
 * the owner is known by name: from the export's profile file when it has one (Facebook
 * {@code profile_information.json}, Instagram {@code personal_information.json}), otherwise as
 * the one person who takes part in every thread (see {@link MetaOwnerRule}). Messages whose
 * sender has the owner's name are outbound, all others inbound. When the owner cannot be told,
 * every message is read as inbound and the run summary says so. Immutable and thread-safe.
 */
final class MetaOwner {
    private static final Pattern IG_THREAD = Pattern.compile("^[a-z_]+/([a-z0-9._]{1,30})_\\d+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");

    private final Author author;
    private final boolean known;
    private final boolean instagram;
    private final String how;
    private final String folded;
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

    MetaOwner(Author author, boolean known, boolean instagram, String how) {
        this.author = author;
        this.known = known;
        this.instagram = instagram;
        this.how = how;
        this.folded = author.name() == null ? null : normalize(author.name());
    }

    /** An owner who could not be told from the export. */
    static MetaOwner unknown(String exportName, boolean instagram, String why) {
        return new MetaOwner(ExportFiles.unknownOwner(exportName), false, instagram, why);
    }

    Author author() {
        return author;
    }

    boolean known() {
        return known;
    }

    /** How the owner was found, for the run summary. */
    String how() {
        return how;
    }

    /** Whether a name as the export writes it (display name, or the user name where no name is set) is the owner's. */
    boolean is(String name) {
        if (!known || name == null) {
            return false;
        }
        if (folded == null) {
            return name.equalsIgnoreCase(author.handle());
        }
        if (name.equals(author.name()) || name.equalsIgnoreCase(author.handle())) {
            return true;
        }
        Boolean match = seen.get(name);
        if (match == null) {
            match = normalize(name).equals(folded);
            if (seen.size() < 10_000) {
                seen.put(name, match);
            }
        }
        return match;
    }

    /**
     * Someone other than the owner. In a one-to-one Instagram thread the folder is named after
     * the other person's user name, so that person gets it as handle.
     */
    Author person(String name, String conversation, List<String> participants) {
        String handle = null;
        if (instagram && conversation != null && participants.size() == 2) {
            Matcher m = IG_THREAD.matcher(conversation);
            if (m.matches()) {
                handle = m.group(1);
            }
        }
        return new Author(null, handle, name);
    }

    /** A name folded for comparison: case, accents and anything but letters and digits ignored. */
    static String normalize(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
