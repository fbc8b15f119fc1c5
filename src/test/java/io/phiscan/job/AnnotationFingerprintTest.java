package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint a rescan trusts to skip annotating again (the build, and what of the policy
 * annotation reads), and the one a detector is kept by (the build and the policy file's bytes).
 */
class AnnotationFingerprintTest {
    @TempDir
    Path tmp;

    @Test
    void theBuildStampIsFilledInAtBuildTime() throws Exception {
        Properties p = new Properties();
        try (InputStream in = AnnotationFingerprint.class.getResourceAsStream("/io/phiscan/build.properties")) {
            p.load(in);
        }
        // an unfiltered placeholder would make every build look the same, and a rescan after an
        // upgrade would keep the signals an older build found
        assertThat(p.getProperty("build.time")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(p.getProperty("build.version")).doesNotContain("@").doesNotContain("${").isNotBlank();
    }

    @Test
    void thePolicyFilesBytesCountNotItsPath() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.yaml"), "version: a\n");
        Path sameBytes = Files.writeString(tmp.resolve("b.yaml"), "version: a\n");
        String before = AnnotationFingerprint.ofFile(a.toString());

        assertThat(AnnotationFingerprint.ofFile(sameBytes.toString())).isEqualTo(before);
        assertThat(AnnotationFingerprint.ofFile("")).isNotEqualTo(before).isEqualTo(AnnotationFingerprint.ofFile(""));
        Files.writeString(a, "version: a\nseverity:\n  high: 5.0\n");
        assertThat(AnnotationFingerprint.ofFile(a.toString())).isNotEqualTo(before);
    }

    @Test
    void whatOnlyChangesScoringLeavesTheAnnotationAlone() throws Exception {
        Path policy = tmp.resolve("policy.yaml");
        Files.writeString(policy, """
                version: "1"
                severity:
                  high: 6.0
                  medium: 3.0
                allowlist:
                  accounts: [twitter:DrSamPatel]
                  phones: ["(555) 201-4400", "(555) 201-4499"]
                lexicon:
                  medication: [nirsevimab, beyfortus]
                """);
        String before = AnnotationFingerprint.of(policy.toString());
        // another label, other thresholds and another allowlisted account; the phones in another order
        Files.writeString(policy, """
                version: "2"
                severity:
                  high: 3.0
                  medium: 1.0
                allowlist:
                  accounts: [twitter:DrSamPatel, twitter:RiverbendPeds]
                  phones: ["(555) 201-4499", "(555) 201-4400"]
                lexicon:
                  medication: [nirsevimab, beyfortus]
                """);

        assertThat(AnnotationFingerprint.of(policy.toString())).isEqualTo(before);
        // a lexicon addition, a practice phone or a custom rule changes what messages are found to say
        Files.writeString(policy, """
                version: "3"
                lexicon:
                  medication: [nirsevimab, beyfortus, palivizumab]
                allowlist:
                  phones: ["(555) 201-4400", "(555) 201-4499"]
                """);
        assertThat(AnnotationFingerprint.of(policy.toString())).isNotEqualTo(before);
        Files.writeString(policy, """
                version: "4"
                lexicon:
                  medication: [nirsevimab, beyfortus]
                allowlist:
                  phones: ["(555) 201-4400"]
                """);
        assertThat(AnnotationFingerprint.of(policy.toString())).isNotEqualTo(before);
        // not a valid policy: taken by its bytes, never the fingerprint of a valid one
        Files.writeString(policy, "version: 5\nunknown-key: 1\n");
        assertThat(AnnotationFingerprint.of(policy.toString())).isNotEqualTo(before)
                .isEqualTo(AnnotationFingerprint.ofFile(policy.toString()));
    }

    @Test
    void lexiconAdditionsCountAsTheRecognizersTakeThem() throws Exception {
        Path policy = tmp.resolve("policy.yaml");
        Files.writeString(policy, """
                version: "1"
                lexicon:
                  medication: [nirsevimab, Beyfortus, co-codamol]
                  symptom: [croupy cough]
                """);
        String before = AnnotationFingerprint.of(policy.toString());
        // the same terms in another order, case and accents, one of them twice: matched alike
        Files.writeString(policy, """
                version: "2"
                lexicon:
                  symptom: [Croupy Cough]
                  medication: [co-codamol, beyfortus, NIRSEVIMAB, nirsévimab]
                """);
        assertThat(AnnotationFingerprint.of(policy.toString())).isEqualTo(before);
        // a term written otherwise (the spelling rule compares whole terms), or moved to another category: other signals
        Files.writeString(policy, """
                version: "3"
                lexicon:
                  medication: [nirsevimab, Beyfortus, co codamol]
                  symptom: [croupy cough]
                """);
        assertThat(AnnotationFingerprint.of(policy.toString())).isNotEqualTo(before);
        Files.writeString(policy, """
                version: "4"
                lexicon:
                  medication: [nirsevimab, Beyfortus, co-codamol, croupy cough]
                """);
        assertThat(AnnotationFingerprint.of(policy.toString())).isNotEqualTo(before);
    }

    @Test
    void theRosterThePolicyNamesCountsToo() throws Exception {
        // the roster's names are identifiers: another roster, other signals
        Path policy = Files.writeString(tmp.resolve("policy.yaml"), "version: r\nroster: roster.csv\n");
        Files.writeString(tmp.resolve("roster.csv"), "platform,account,name\ntwitter,@jwhitfield_runs,James Whitfield\n");
        String before = AnnotationFingerprint.of(policy.toString());
        Files.writeString(tmp.resolve("roster.csv"), "platform,account,name\ntwitter,@mgonzalez,Maria Gonzalez\n");

        assertThat(AnnotationFingerprint.of(policy.toString())).isNotEqualTo(before);
    }

    @Test
    void onlyTheRostersNamesCountAsTheyAreMatched() throws Exception {
        Path policy = Files.writeString(tmp.resolve("policy.yaml"), "version: r\nroster: roster.csv\n");
        Path roster = tmp.resolve("roster.csv");
        Files.writeString(roster, """
                platform,account,name
                twitter,@jwhitfield_runs,James Whitfield
                twitter,@maria_g_1987,Maria Gonzalez
                """);
        String before = AnnotationFingerprint.of(policy.toString());
        String file = AnnotationFingerprint.ofFile(policy.toString());
        // a known patient's account without a name, the rows and columns in another order, another
        // account for the same name, other spacing, case and accents: the names match alike
        Files.writeString(roster, """
                name , platform , account
                ,twitter,1620458391726641152
                "MARÍA  GONZÁLEZ",twitter,1486930217745367041
                James Whitfield,twitter,@jwhitfield_runs
                James Whitfield,facebook,100081234567890
                """);

        assertThat(AnnotationFingerprint.of(policy.toString())).isEqualTo(before);
        // the detector is still built again: the accounts decide who is a known patient
        assertThat(AnnotationFingerprint.ofFile(policy.toString())).isNotEqualTo(file);
        // a name added, or a name changed, is matched in other messages
        Files.writeString(roster, """
                platform,account,name
                twitter,@jwhitfield_runs,James Whitfield
                twitter,@maria_g_1987,Maria Gonzalez
                twitter,1620458391726641152,Ana Lucia Herrera
                """);
        assertThat(AnnotationFingerprint.of(policy.toString())).isNotEqualTo(before);
        Files.writeString(roster, """
                platform,account,name
                twitter,@jwhitfield_runs,James Whitfield
                twitter,@maria_g_1987,Maria Gonzales
                """);
        assertThat(AnnotationFingerprint.of(policy.toString())).isNotEqualTo(before);
    }

    @Test
    void aRosterThatCannotBeReadIsTakenByItsBytes() throws Exception {
        Path policy = Files.writeString(tmp.resolve("policy.yaml"), "version: r\nroster: roster.csv\n");
        Path roster = tmp.resolve("roster.csv");
        Files.writeString(roster, "platform,account,name\ntwitter,@jwhitfield_runs,James Whitfield\n");
        String valid = AnnotationFingerprint.of(policy.toString());
        // no account column: loading the policy says so; until then every byte counts
        Files.writeString(roster, "platform,handle,name\ntwitter,@jwhitfield_runs,James Whitfield\n");
        String unreadable = AnnotationFingerprint.of(policy.toString());

        assertThat(unreadable).isNotEqualTo(valid).isEqualTo(AnnotationFingerprint.ofFile(policy.toString()));
        Files.writeString(roster, "platform,handle,name\ntwitter,@jwhitfield_runs,James Whitfield\ntwitter,@x,\n");
        assertThat(AnnotationFingerprint.of(policy.toString())).isNotEqualTo(unreadable);
    }
}
