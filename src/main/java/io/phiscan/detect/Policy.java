package io.phiscan.detect;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import io.phiscan.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What the compliance officer decides: severity thresholds and floors, the accounts that are
 * never counterparts of a finding (colleagues, the practice's own), the practice's own phone
 * numbers, lexicon additions and removals, the known-patient roster, and custom rules in Lucene
 * query syntax. Immutable; every finding records {@link #version()}.
 *
 * @param version a label the officer changes with every edit, recorded in each finding
 * @param highAt the score from which a finding is high
 * @param mediumAt the score from which a finding is medium (below: low)
 * @param allowedAccounts {@code platform:handle} or {@code platform:id}, lower case
 * @param practicePhones digits only, last ten
 * @param extraTerms lexicon additions per category ({@code medication}, {@code symptom}, …)
 * @param ignoredTerms built-in lexicon terms the practice does not want matched, folded
 * @param roster known patients (empty when the policy names no roster)
 * @param rules custom rules, in the order they are reported
 * @param publicDisclosureAt the least severity of a finding in which the owner's own public
 *     reply ties clinical content to a person
 * @param knownPatientAt the least severity of a finding whose counterpart is on the roster
 */
public record Policy(String version, double highAt, double mediumAt, Set<String> allowedAccounts,
        Set<String> practicePhones, Map<String, List<String>> extraTerms, Set<String> ignoredTerms, Roster roster,
        List<CustomRule> rules, Severity publicDisclosureAt, Severity knownPatientAt) {

    public Policy {
        allowedAccounts = Set.copyOf(allowedAccounts);
        practicePhones = Set.copyOf(practicePhones);
        extraTerms = Map.copyOf(extraTerms);
        ignoredTerms = Set.copyOf(ignoredTerms);
        rules = List.copyOf(rules);
        roster = roster == null ? Roster.empty() : roster;
        publicDisclosureAt = publicDisclosureAt == null ? Severity.MEDIUM : publicDisclosureAt;
        knownPatientAt = knownPatientAt == null ? Severity.MEDIUM : knownPatientAt;
        if (mediumAt > highAt) {
            throw new IllegalArgumentException("the medium threshold is above the high one");
        }
    }

    /** A policy of thresholds, allowlists and lexicon additions only: no removals, roster or custom rules. */
    public Policy(String version, double highAt, double mediumAt, Set<String> allowedAccounts, Set<String> practicePhones,
            Map<String, List<String>> extraTerms) {
        this(version, highAt, mediumAt, allowedAccounts, practicePhones, extraTerms, Set.of(), Roster.empty(), List.of(),
                Severity.MEDIUM, Severity.MEDIUM);
    }

    /** The built-in policy: no allowlists, no roster, thresholds as documented in {@code jobs/policy.yaml}. */
    public static Policy defaults() {
        return new Policy("builtin-2", 6.0, 3.0, Set.of(), Set.of(), Map.of(), Set.of(), Roster.empty(), List.of(),
                Severity.MEDIUM, Severity.MEDIUM);
    }

    /** Whether an account is on the allowlist (by handle or by id). */
    public boolean allows(Platform platform, Author a) {
        String p = platform.id() + ":";
        return (a.handle() != null && allowedAccounts.contains(p + a.handle().toLowerCase(Locale.ROOT)))
                || (a.id() != null && allowedAccounts.contains(p + a.id().toLowerCase(Locale.ROOT)));
    }

    /** Whether a phone number (any punctuation) is one of the practice's own. */
    public boolean isPracticePhone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return practicePhones.contains(digits.length() > 10 ? digits.substring(digits.length() - 10) : digits);
    }

    /**
     * Reads a policy file (YAML); a roster it names is read relative to the file's folder.
     *
     * @throws InvalidPolicyException when the file is not a valid policy, naming what is wrong
     */
    public static Policy load(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new InvalidPolicyException(file, "is a folder, not a policy file");
        }
        Object doc;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false); // a key given twice is an error, not the last value kept
            doc = new Yaml(new SafeConstructor(options)).load(r);
        } catch (MarkedYAMLException e) {
            throw new InvalidPolicyException(file, "not valid YAML: " + e.getProblem() + (e.getProblemMark() == null ? ""
                    : " (line " + (e.getProblemMark().getLine() + 1) + ", column " + (e.getProblemMark().getColumn() + 1) + ")"));
        } catch (YAMLException e) {
            throw new InvalidPolicyException(file, e.getCause() instanceof java.nio.charset.CharacterCodingException
                    ? "the file is not UTF-8 text" : "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return PolicyFile.parse(file, doc);
    }

    static Set<String> normalizedAccounts(List<String> entries) {
        Set<String> out = new HashSet<>();
        for (String e : entries) {
            String s = e.strip().toLowerCase(Locale.ROOT).replace(":@", ":");
            out.add(s);
        }
        return out;
    }
}
