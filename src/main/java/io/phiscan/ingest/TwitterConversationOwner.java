package io.phiscan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the owner of an X archive from its direct messages, for an archive whose
 * {@code account.js} is damaged or missing and that has no {@code manifest.js}: a one-to-one
 * conversation's id joins the ids of its two people ({@code "<lowId>-<highId>"}, as the archive's
 * README says), and the owner takes part in every one, so the owner is the one id that every
 * one-to-one conversation holds. The files are scanned as text, in windows of bounded size, so a
 * damaged file (cut, broken JSON, a line without end) is scanned as far as it reads.
 */
final class TwitterConversationOwner {
    private static final Pattern CONVERSATION = Pattern.compile("\"conversationId\"\\s*:\\s*\"(\\d{1,25})-(\\d{1,25})\"");
    /** Longer than any match, so that a match cut by the end of one window is found whole in the next. */
    private static final int OVERLAP = 128;
    private static final int WINDOW = 64 << 10;
    /** The distinct conversations counted: a hostile file may name millions, and past two their number only words the finding. */
    private static final int MAX_PAIRS = 10_000;

    /**
     * What the direct messages say of the owner.
     *
     * @param common the ids that take part in every one-to-one conversation (one: the owner)
     * @param conversations the distinct one-to-one conversations seen (counted up to 10,000)
     */
    record Finding(Set<String> common, int conversations) {
        /** The owner's id, when exactly one id takes part in every one-to-one conversation of at least two. */
        String owner() {
            return common.size() == 1 && conversations >= 2 ? common.iterator().next() : null;
        }

        /** Why no owner could be told, in words. */
        String whyNot() {
            if (conversations == 0) {
                return "the archive has no one-to-one conversation that would name its owner";
            }
            if (conversations == 1) {
                return "its one one-to-one conversation does not tell which of its two people is the owner";
            }
            return common.isEmpty() ? "no one takes part in every one-to-one conversation"
                    : common.size() + " people take part in every one-to-one conversation";
        }
    }

    private TwitterConversationOwner() {
    }

    /** Scans the one-to-one direct-message files {@code parts} of {@code tree}. A damaged zip entry is scanned as far as it reads. */
    static Finding scan(ExportTree tree, List<String> parts) throws IOException {
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> common = null;
        for (String part : parts) {
            try (InputStream in = tree.open(part); Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                char[] buf = new char[WINDOW + OVERLAP];
                int kept = 0;
                int n;
                while ((n = text.read(buf, kept, WINDOW)) > 0) {
                    int len = kept + n;
                    Matcher m = CONVERSATION.matcher(CharBuffer.wrap(buf, 0, len));
                    int consumed = 0;
                    while (m.find()) {
                        if (pairs.size() < MAX_PAIRS) {
                            pairs.add(m.group(1) + "-" + m.group(2));
                        }
                        List<String> people = List.of(m.group(1), m.group(2));
                        if (common == null) {
                            common = new LinkedHashSet<>(people);
                        } else {
                            common.retainAll(people);
                        }
                        consumed = m.end();
                    }
                    // the window's tail, which may hold the start of a match, begins the next window
                    int from = Math.max(consumed, len - OVERLAP);
                    kept = len - from;
                    System.arraycopy(buf, from, buf, 0, kept);
                }
            } catch (DamagedZipEntryException e) {
                // the entry stops where its data is damaged; reading the part lists it
            }
        }
        return new Finding(common == null ? Set.of() : Set.copyOf(common), pairs.size());
    }
}
