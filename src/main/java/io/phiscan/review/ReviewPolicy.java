package io.phiscan.review;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The review part of a policy file: the offender ledger's thresholds ({@code ledger}) and how
 * the practice is reached ({@code practice}), for the warning list's talking points and the
 * chart notes. The rest of the file is the detection policy, read elsewhere. Immutable.
 *
 * @param ledger when a counterpart is warned and when blocked
 * @param practice the practice's contact details and what chart notes may quote
 */
public record ReviewPolicy(LedgerRule ledger, Practice practice) {

    /**
     * Warn once, then block: a counterpart with {@code warnAfter} incidents goes on the warning
     * list; one with {@code blockAfter} incidents, at least one of them in a run after the one
     * that warned them, goes on the block list.
     */
    public record LedgerRule(int warnAfter, int blockAfter) {
        public LedgerRule {
            if (warnAfter < 1) {
                throw new ReviewInputException("ledger.warnAfter must be 1 or more");
            }
            if (blockAfter <= warnAfter) {
                throw new ReviewInputException("ledger.blockAfter must be above ledger.warnAfter: a block follows a warning");
            }
        }

        /** The seed advice: the first incident warns, an incident after the warning blocks. */
        public static LedgerRule defaults() {
            return new LedgerRule(1, 2);
        }
    }

    /**
     * How patients reach the practice; any part may be {@code null} (the outputs leave a blank).
     *
     * @param quoteMessagesInNotes whether chart notes quote the counterpart's messages in full;
     *     by default they summarize them by category
     */
    public record Practice(String name, String phone, String portal, String afterHours, boolean quoteMessagesInNotes) {
        public static Practice unknown() {
            return new Practice(null, null, null, null, false);
        }
    }

    private static final Set<String> LEDGER_KEYS = Set.of("warnAfter", "blockAfter");
    private static final Set<String> PRACTICE_KEYS = Set.of("name", "phone", "portal", "afterHours", "quoteMessagesInNotes");

    public static ReviewPolicy defaults() {
        return new ReviewPolicy(LedgerRule.defaults(), Practice.unknown());
    }

    /**
     * Reads the {@code ledger} and {@code practice} sections of a policy file; missing sections
     * take the defaults.
     *
     * @throws ReviewInputException when a section is malformed, naming the key
     */
    public static ReviewPolicy load(Path file) throws IOException {
        Object doc;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false); // a key given twice is an error, not the last value kept
            doc = new Yaml(new SafeConstructor(options)).load(r);
        } catch (MarkedYAMLException e) {
            throw new ReviewInputException(file + ": not valid YAML: " + e.getProblem() + (e.getProblemMark() == null ? ""
                    : " (line " + (e.getProblemMark().getLine() + 1) + ", column " + (e.getProblemMark().getColumn() + 1) + ")"));
        } catch (YAMLException e) {
            throw new ReviewInputException(file + ": not valid YAML");
        }
        if (!(doc instanceof Map<?, ?> root)) {
            throw new ReviewInputException(file + ": the policy must be a YAML mapping");
        }
        Map<?, ?> ledger = section(file, root, "ledger", LEDGER_KEYS);
        Map<?, ?> practice = section(file, root, "practice", PRACTICE_KEYS);
        LedgerRule d = LedgerRule.defaults();
        int warnAfter = count(file, ledger, "warnAfter", d.warnAfter());
        int blockAfter = count(file, ledger, "blockAfter", d.blockAfter());
        LedgerRule rule;
        try {
            rule = new LedgerRule(warnAfter, blockAfter);
        } catch (ReviewInputException e) {
            throw new ReviewInputException(file + ": " + e.getMessage());
        }
        Object quote = practice.get("quoteMessagesInNotes");
        if (quote != null && !(quote instanceof Boolean)) {
            throw new ReviewInputException(file + ": practice.quoteMessagesInNotes must be true or false");
        }
        return new ReviewPolicy(rule, new Practice(text(practice, "name"), text(practice, "phone"), text(practice, "portal"),
                text(practice, "afterHours"), Boolean.TRUE.equals(quote)));
    }

    private static Map<?, ?> section(Path file, Map<?, ?> root, String key, Set<String> known) {
        Object v = root.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new ReviewInputException(file + ": '" + key + "' must be a mapping");
        }
        for (Object k : m.keySet()) {
            if (!known.contains(String.valueOf(k))) {
                throw new ReviewInputException(file + ": unknown key '" + key + "." + k + "' (known: " + known + ")");
            }
        }
        return m;
    }

    private static int count(Path file, Map<?, ?> ledger, String key, int fallback) {
        Object v = ledger.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Integer n)) {
            throw new ReviewInputException(file + ": ledger." + key + " must be a whole number");
        }
        return n;
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).strip();
    }
}
