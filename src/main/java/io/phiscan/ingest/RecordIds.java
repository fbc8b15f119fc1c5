package io.phiscan.ingest;

import java.util.regex.Pattern;

/**
 * How the reason of a bad record names the record by the id its file gives: the id itself when it
 * looks like one (letters, digits, {@code _ - . :}, at most 64), else only its length. A CSV
 * record read out of step, after a broken quote, can hold a message's words where its id belongs,
 * and reasons never quote message text. Stateless; thread-safe.
 */
final class RecordIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:\\-]{1,64}");

    private RecordIds() {
    }

    /** The id as a reason shows it. */
    static String shown(String id) {
        return ID.matcher(id).matches() ? id : "with an id that is not one (" + id.length() + " characters, not shown)";
    }
}
