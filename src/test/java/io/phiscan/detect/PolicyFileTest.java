package io.phiscan.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy file: every key it knows, and a clear error for every mistake. */
class PolicyFileTest {
    @TempDir
    Path dir;

    private Policy load(String yaml) throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, yaml);
        return Policy.load(file);
    }

    @Test
    void theDefaultPolicyOfTheRepositoryLoads() throws IOException {
        Policy p = Policy.load(Path.of("jobs/policy.yaml"));
        assertThat(p.version()).isNotBlank();
        assertThat(p.isPracticePhone("555.201.4400")).isTrue();
        assertThat(p.rules()).isNotEmpty();
    }

    @Test
    void everyKey() throws IOException {
        Files.writeString(dir.resolve("patients.csv"), "\uFEFFplatform,account,name\ninstagram,@ana.l,Ana Lopez\nreddit,t2_9x8,\n");
        Policy p = load("""
                version: "clinic-7"
                severity: {high: 7, medium: 2.5, public-owner-disclosure: high, known-patient: low}
                allowlist: {accounts: ["twitter:@DrSam"], phones: ["(555) 201-4400"]}
                lexicon:
                  medication: [nirsevimab]
                  ignore: [Tums]
                roster: patients.csv
                rules:
                  - {id: practice.rsv, query: 'nirsevimab OR beyfortus', kind: clinical, category: medication, raise: medium}
                """);
        assertThat(p.highAt()).isEqualTo(7.0);
        assertThat(p.mediumAt()).isEqualTo(2.5);
        assertThat(p.publicDisclosureAt()).isEqualTo(Severity.HIGH);
        assertThat(p.knownPatientAt()).isEqualTo(Severity.LOW);
        assertThat(p.allowedAccounts()).containsExactly("twitter:drsam");
        assertThat(p.extraTerms().get("medication")).containsExactly("nirsevimab");
        assertThat(p.ignoredTerms()).containsExactly("tums");
        assertThat(p.roster().accounts()).containsExactlyInAnyOrder("instagram:ana.l", "reddit:t2_9x8");
        assertThat(p.roster().names()).containsExactly("Ana Lopez");
        assertThat(p.rules()).extracting(CustomRule::id).containsExactly("practice.rsv");
        Detector d = new Detector(p);
        assertThat(d.annotateText("x", "Tums and nirsevimab")).extracting(s -> s.text()).doesNotContain("Tums").contains("nirsevimab");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> load("version: 1\nseverty: {high: 5}\n")).isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("unknown key 'severty'");
        assertThatThrownBy(() -> load("severity: {high: 5}\n")).hasMessageContaining("'version' is required");
        assertThatThrownBy(() -> load("version: 1\nseverity: {high: 2, medium: 4}\n")).hasMessageContaining("above severity.high");
        assertThatThrownBy(() -> load("version: 1\nseverity: {high: .nan}\n"))
                .hasMessageEndingWith("severity.high must be a number of 0 or more, not 'NaN'");
        assertThatThrownBy(() -> load("version: 1\nseverity: {high: .inf, medium: .inf}\n"))
                .hasMessageEndingWith("severity.high must be a number of 0 or more, not 'Infinity'");
        assertThatThrownBy(() -> load("version: 1\nseverity: {high: 1e400}\n")).hasMessageContaining("severity.high must be");
        assertThatThrownBy(() -> load("version: 1\nseverity: {high: 6, medium: -1}\n"))
                .hasMessageEndingWith("severity.medium must be a number of 0 or more, not '-1'");
        assertThatThrownBy(() -> load("version: 1\nseverity: {high: \"6\"}\n"))
                .hasMessageEndingWith("severity.high must be a number of 0 or more, not '6'");
        assertThatThrownBy(() -> load("version: 1\nlexicon: {drugs: [x]}\n")).hasMessageContaining("lexicon.drugs");
        assertThatThrownBy(() -> load("version: 1\nrules:\n  - {id: clin.mine, query: x, category: c}\n"))
                .hasMessageContaining("built-in prefix");
        assertThatThrownBy(() -> load("version: 1\nrules:\n  - {id: my.rule, query: 'fever AND (', category: c}\n"))
                .hasMessageContaining("rule 'my.rule'").hasMessageContaining("not a valid query");
        assertThatThrownBy(() -> load("version: 1\nrules:\n  - {id: my.rule, query: '/[a/', category: c}\n"))
                .isInstanceOf(InvalidPolicyException.class).hasMessageEndingWith("rule 'my.rule': not a valid query: expected ']' at position 2");
        assertThatThrownBy(() -> load("version: 1\nrules:\n  - {id: my.rule, query: 'account:drlena AND refill', category: c}\n"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("rule 'my.rule': the field account cannot be asked about here, so the query would never match");
        assertThatThrownBy(() -> load("version: 1\nrules:\n  - {id: my.rule, query: x, category: c, raise: urgent}\n"))
                .hasMessageContaining("high, medium or low");
        assertThatThrownBy(() -> load("version: 1\nroster: missing.csv\n")).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Policy.load(Files.createDirectory(dir.resolve("policy-folder.yaml"))))
                .isInstanceOf(InvalidPolicyException.class).hasMessageEndingWith("policy-folder.yaml: is a folder, not a policy file");
        assertThatThrownBy(() -> Policy.load(Files.write(dir.resolve("latin1.yaml"), "version: caf\u00e9\n".getBytes("ISO-8859-1"))))
                .isInstanceOf(InvalidPolicyException.class).hasMessageEndingWith("latin1.yaml: the file is not UTF-8 text");
        assertThatThrownBy(() -> load("version: 1\nseverity:\n  high: 5\n  high: 9\n"))
                .hasMessageEndingWith("not valid YAML: found duplicate key high (line 4, column 3)");
    }

    @Test
    void aRosterWithoutTheNeededColumnsIsRefusedWithoutEchoingIt() throws IOException {
        Files.writeString(dir.resolve("r.csv"), "handle,who\n@ana,Ana Lopez\n");
        assertThatThrownBy(() -> load("version: 1\nroster: r.csv\n")).isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("platform, account").hasMessageNotContaining("Ana");
        Files.writeString(dir.resolve("r.csv"), "platform,account\nmyspace,@ana\n");
        assertThatThrownBy(() -> load("version: 1\nroster: r.csv\n")).hasMessageContaining("line 1").hasMessageNotContaining("ana");
    }
}
