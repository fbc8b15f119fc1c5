package io.phiscan.detect;

import io.phiscan.index.InvalidQueryException;
import io.phiscan.index.QueryMatcher;
import io.phiscan.model.Platform;
import io.phiscan.model.Severity;
import io.phiscan.model.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The YAML layout of a policy file, checked key by key so that a typo is an error, not a no-op. */
final class PolicyFile {
    private static final Set<String> TOP = Set.of("version", "severity", "allowlist", "lexicon", "roster", "rules", "ledger",
            "practice");
    private static final Set<String> SEVERITY = Set.of("high", "medium", "public-owner-disclosure", "known-patient");
    private static final Set<String> ALLOWLIST = Set.of("accounts", "phones");
    private static final Set<String> CATEGORIES = Set.of("symptom", "condition", "medication", "test", "procedure", "ignore");
    private static final Set<String> RULE_KEYS = Set.of("id", "query", "kind", "category", "raise");
    private static final Set<String> KINDS = Set.of(Signal.IDENTIFIER, Signal.CLINICAL, Signal.RELATIONSHIP, CueRules.CONTEXT);
    private static final Set<String> BUILT_IN_PREFIXES = Set.of("id.", "clin.", "rel.", "resp.", "ctx.");

    private PolicyFile() {
    }

    static Policy parse(Path file, Object doc) throws IOException {
        if (!(doc instanceof Map<?, ?> root)) {
            throw new InvalidPolicyException(file, "the file must be a YAML mapping");
        }
        keys(file, root, TOP, "");
        Object version = root.get("version");
        if (version == null || String.valueOf(version).isBlank()) {
            throw new InvalidPolicyException(file, "'version' is required: findings record it");
        }
        Policy d = Policy.defaults();
        Map<?, ?> severity = map(file, root, "severity");
        keys(file, severity, SEVERITY, "severity.");
        double high = number(file, severity, "high", d.highAt());
        double medium = number(file, severity, "medium", d.mediumAt());
        if (medium > high) {
            throw new InvalidPolicyException(file, "severity.medium (" + medium + ") is above severity.high (" + high + ")");
        }
        Map<?, ?> allow = map(file, root, "allowlist");
        keys(file, allow, ALLOWLIST, "allowlist.");
        List<String> accounts = strings(file, allow, "accounts");
        for (String a : accounts) {
            int colon = a.indexOf(':');
            try {
                Platform.fromId(colon < 0 ? "?" : a.substring(0, colon));
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyException(file, "allowlist.accounts entry '" + a
                        + "' must be platform:handle or platform:id, e.g. twitter:DrSamPatel");
            }
        }
        Set<String> phones = new HashSet<>();
        for (String p : strings(file, allow, "phones")) {
            String digits = p.replaceAll("\\D", "");
            if (digits.length() < 10) {
                throw new InvalidPolicyException(file, "allowlist.phones entry '" + p + "' has fewer than 10 digits");
            }
            phones.add(digits.substring(digits.length() - 10));
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();
        Map<?, ?> lexicon = map(file, root, "lexicon");
        keys(file, lexicon, CATEGORIES, "lexicon.");
        for (Object k : lexicon.keySet()) {
            terms.put(String.valueOf(k), strings(file, lexicon, String.valueOf(k)));
        }
        Set<String> ignored = new HashSet<>();
        terms.getOrDefault("ignore", List.of()).forEach(t -> ignored.add(FoldedText.fold(t.strip())));
        terms.remove("ignore");
        Roster roster = Roster.empty();
        if (root.get("roster") != null) {
            Path csv = file.toAbsolutePath().getParent().resolve(String.valueOf(root.get("roster")));
            if (!Files.isRegularFile(csv)) {
                throw new InvalidPolicyException(file, "roster " + csv + " does not exist");
            }
            roster = Roster.load(file, csv);
        }
        return new Policy(String.valueOf(version), high, medium, Policy.normalizedAccounts(accounts), phones, terms, ignored,
                roster, rules(file, root), severityOf(file, severity, "public-owner-disclosure"),
                severityOf(file, severity, "known-patient"));
    }

    private static List<CustomRule> rules(Path file, Map<?, ?> root) {
        Object v = root.get("rules");
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new InvalidPolicyException(file, "'rules' must be a list of rules (id, query, kind, category, raise)");
        }
        List<CustomRule> out = new ArrayList<>();
        Map<String, String> queries = new LinkedHashMap<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> r)) {
                throw new InvalidPolicyException(file, "each entry of 'rules' must be a mapping");
            }
            keys(file, r, RULE_KEYS, "rules[].");
            String id = text(file, r, "id");
            if (!id.matches("[a-z0-9][a-z0-9._-]*") || BUILT_IN_PREFIXES.stream().anyMatch(id::startsWith)) {
                throw new InvalidPolicyException(file, "rule id '" + id + "' must be lower case letters, digits, . _ - and"
                        + " must not start with a built-in prefix (id. clin. rel. resp. ctx.)");
            }
            if (queries.containsKey(id)) {
                throw new InvalidPolicyException(file, "rule id '" + id + "' is used twice");
            }
            String query = text(file, r, "query");
            try {
                QueryMatcher.compile(Map.of(id, query));
            } catch (InvalidQueryException e) {
                throw new InvalidPolicyException(file, "rule '" + id + "': " + e.getMessage());
            }
            String kind = r.get("kind") == null ? Signal.CLINICAL : String.valueOf(r.get("kind"));
            if (!KINDS.contains(kind)) {
                throw new InvalidPolicyException(file, "rule '" + id + "': kind must be one of " + KINDS);
            }
            String category = text(file, r, "category");
            if (!category.matches("[a-z0-9][a-z0-9-]*")) {
                throw new InvalidPolicyException(file, "rule '" + id + "': category must be lower case letters, digits and -");
            }
            queries.put(id, query);
            out.add(new CustomRule(id, query, kind, category, severityOf(file, r, "raise")));
        }
        return out;
    }

    private static Severity severityOf(Path file, Map<?, ?> parent, String key) {
        Object v = parent.get(key);
        if (v == null) {
            return null;
        }
        try {
            return Severity.fromId(String.valueOf(v));
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(file, key + " must be high, medium or low, not '" + v + "'");
        }
    }

    private static void keys(Path file, Map<?, ?> m, Set<String> known, String prefix) {
        for (Object k : m.keySet()) {
            if (!known.contains(String.valueOf(k))) {
                throw new InvalidPolicyException(file, "unknown key '" + prefix + k + "' (known: " + known + ")");
            }
        }
    }

    private static String text(Path file, Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new InvalidPolicyException(file, "each rule needs '" + key + "'");
        }
        return String.valueOf(v).strip();
    }

    private static Map<?, ?> map(Path file, Map<?, ?> parent, String key) {
        Object v = parent.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new InvalidPolicyException(file, "'" + key + "' must be a mapping");
        }
        return m;
    }

    private static double number(Path file, Map<?, ?> parent, String key, double fallback) {
        Object v = parent.get(key);
        if (v == null) {
            return fallback;
        }
        // .nan would make no finding reach the threshold, .inf none ever, in silence; scores are never below 0
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() < 0) {
            throw new InvalidPolicyException(file, "severity." + key + " must be a number of 0 or more, not '" + v + "'");
        }
        return n.doubleValue();
    }

    private static List<String> strings(Path file, Map<?, ?> parent, String key) {
        Object v = parent.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new InvalidPolicyException(file, "'" + key + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            out.add(String.valueOf(o));
        }
        return out;
    }
}
