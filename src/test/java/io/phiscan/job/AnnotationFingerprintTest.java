package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint a rescan trusts to skip annotating again: the build and the policy file's bytes. */
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
        String before = AnnotationFingerprint.of(a.toString());

        assertThat(AnnotationFingerprint.of(sameBytes.toString())).isEqualTo(before);
        assertThat(AnnotationFingerprint.of("")).isNotEqualTo(before).isEqualTo(AnnotationFingerprint.of(""));
        Files.writeString(a, "version: a\nhigh-at: 5\n");
        assertThat(AnnotationFingerprint.of(a.toString())).isNotEqualTo(before);
    }

    @Test
    void theRosterThePolicyNamesCountsToo() throws Exception {
        // the roster's names are identifiers: another roster, other signals
        Path policy = Files.writeString(tmp.resolve("policy.yaml"), "version: r\nroster: roster.csv\n");
        Files.writeString(tmp.resolve("roster.csv"), "platform,handle,name\ntwitter,@jwhitfield_runs,James Whitfield\n");
        String before = AnnotationFingerprint.of(policy.toString());
        Files.writeString(tmp.resolve("roster.csv"), "platform,handle,name\ntwitter,@mgonzalez,Maria Gonzalez\n");

        assertThat(AnnotationFingerprint.of(policy.toString())).isNotEqualTo(before);
    }
}
