package io.phiscan.detect;

import io.phiscan.model.Platform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The YAML layout of a policy file, checked key by key so that a typo is an error, not a no-op. */
final class PolicyFile {
    private static final Set<String> TOP = Set.of("version", "severity", "allowlist", "lexicon", "ledger", "practice");
    private static final Set<String> CATEGORIES = Set.of("symptom", "condition", "medication", "test", "procedure");

    private PolicyFile() {
    }

    static Policy parse(Path file, Object doc) {
        if (!(doc instanceof Map<?, ?> root)) {
            throw new InvalidPolicyException(file, "the file must be a YAML mapping");
        }
        for (Object k : root.keySet()) {
            if (!TOP.contains(String.valueOf(k))) {
                throw new InvalidPolicyException(file, "unknown key '" + k + "' (known: " + TOP + ")");
            }
        }
        Object version = root.get("version");
        if (version == null || String.valueOf(version).isBlank()) {
            throw new InvalidPolicyException(file, "'version' is required: findings record it");
        }
        Policy d = Policy.defaults();
        Map<?, ?> severity = map(file, root, "severity");
        double high = number(file, severity, "high", d.highAt());
        double medium = number(file, severity, "medium", d.mediumAt());
        if (medium > high) {
            throw new InvalidPolicyException(file, "severity.medium (" + medium + ") is above severity.high (" + high + ")");
        }
        Map<?, ?> allow = map(file, root, "allowlist");
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
        for (Object k : lexicon.keySet()) {
            if (!CATEGORIES.contains(String.valueOf(k))) {
                throw new InvalidPolicyException(file, "lexicon." + k + " is not a category (known: " + CATEGORIES + ")");
            }
            terms.put(String.valueOf(k), strings(file, lexicon, String.valueOf(k)));
        }
        return new Policy(String.valueOf(version), high, medium, Policy.normalizedAccounts(accounts), phones, terms);
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
        if (!(v instanceof Number n)) {
            throw new InvalidPolicyException(file, "severity." + key + " must be a number");
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
