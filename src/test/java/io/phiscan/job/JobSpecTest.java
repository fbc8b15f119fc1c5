package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job specs: the shipped nightly.yaml reads as documented; mistakes are named, never ignored. */
class JobSpecTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedNightlySpecReadsAsTheReadmeDescribesIt() throws Exception {
        JobSpec spec = JobSpec.load(Path.of("jobs/nightly.yaml"));

        assertThat(spec.job()).isEqualTo("audit");
        assertThat(spec.inputs()).containsExactly(Path.of("/srv/phiscan/incoming"));
        assertThat(spec.workspace()).isEqualTo(Path.of("/var/lib/phiscan"));
        assertThat(spec.out()).isEqualTo(Path.of("/srv/phiscan/reports"));
        assertThat(spec.policy()).isEqualTo(Path.of("/etc/phiscan/policy.yaml"));
        assertThat(spec.failOn()).isEqualTo(Severity.HIGH);
        assertThat(spec.full()).isFalse();
        assertThat(spec.lockWait()).isEqualTo(Duration.ofHours(2));
        assertThat(spec.dbUrl()).isNull();
        assertThat(spec.keepReports()).as("reports are kept unless the spec says otherwise").isNull();
    }

    @Test
    void theShippedScaledSpecRunsOnWorkers() throws Exception {
        JobSpec spec = JobSpec.load(Path.of("jobs/scaled.yaml"));

        assertThat(spec.workers()).isTrue();
        assertThat(spec.dbUrl()).isEqualTo("jdbc:postgresql://db-host:5432/phiscan");
        assertThat(spec.workspace()).isEqualTo(Path.of("/srv/phiscan/workspace"));
        assertThat(JobSpec.load(Path.of("jobs/nightly.yaml")).workers()).isFalse();
    }

    @Test
    void relativePathsAreRelativeToTheSpecsFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("job.yaml"), "inputs: exports\nworkspace: ws\nwait: 1h30m\nkeep-reports: 90d\n");
        JobSpec spec = JobSpec.load(file);

        assertThat(spec.inputs()).containsExactly(tmp.resolve("exports"));
        assertThat(spec.workspace()).isEqualTo(tmp.resolve("ws"));
        assertThat(spec.out()).isNull();
        assertThat(spec.lockWait()).isEqualTo(Duration.ofMinutes(90));
        assertThat(spec.keepReports()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void mistakesAreNamed() throws Exception {
        for (var c : List.of(
                List.of("inputs: [a]\nworkspace: w\nfailon: high\n", "unknown key 'failon'"),
                List.of("workspace: w\n", "an audit needs inputs"),
                List.of("inputs: [a]\n", "workspace is missing"),
                List.of("inputs: [a]\nworkspace: \"\"\n", "workspace is missing"),
                List.of("inputs: [a, null]\nworkspace: w\n", "inputs has an empty entry"),
                List.of("inputs:\n  - a\n  -\nworkspace: w\n", "inputs has an empty entry"),
                List.of("inputs: [a]\nworkspace: w\nfail-on: urgent\n", "fail-on must be high, medium or low"),
                List.of("inputs: [a]\nworkspace: w\nwait: soon\n", "'soon' is not a duration"),
                List.of("inputs: [a]\nworkspace: w\nkeep-reports: 3 months\n", "'3 months' is not a duration"),
                List.of("inputs: [a]\nworkspace: w\nwait: 99999999999999999999h\n", "'99999999999999999999h' is too long: at most 36500d"),
                List.of("inputs: [a]\nworkspace: w\nwait: 9999999999999999h\n", "'9999999999999999h' is too long"),
                List.of("inputs: [a]\nworkspace: w\nkeep-reports: 1000000000000d\n", "'1000000000000d' is too long"),
                List.of("inputs: [a]\nworkspace: w\njob: purge\n", "job must be audit or rescan"),
                List.of("inputs: [a]\nworkspace: w\nworkers: 4\n", "workers must be true or false"),
                List.of("inputs: [a\n", "not valid YAML"))) {
            Path file = Files.writeString(tmp.resolve("bad.yaml"), c.get(0));
            assertThatThrownBy(() -> JobSpec.load(file)).isInstanceOf(InvalidJobSpecException.class)
                    .hasMessageStartingWith(file.toString()).hasMessageContaining(c.get(1));
        }
    }

    @Test
    void aFolderOrAFileNotInUtf8IsNamedAsSuch() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("nightly.yaml"));
        assertThatThrownBy(() -> JobSpec.load(folder)).isInstanceOf(InvalidJobSpecException.class)
                .hasMessage(folder + ": is a folder, not a job spec");
        Path latin1 = Files.write(tmp.resolve("latin1.yaml"), "inputs: [caf\u00e9]\nworkspace: w\n".getBytes("ISO-8859-1"));
        assertThatThrownBy(() -> JobSpec.load(latin1)).isInstanceOf(InvalidJobSpecException.class)
                .hasMessage(latin1 + ": the file is not UTF-8 text");
    }

    @Test
    void aHundredYearsIsTheLongestDuration() {
        assertThat(JobSpec.duration(null, "36500d")).isEqualTo(Duration.ofDays(36_500));
        assertThatThrownBy(() -> JobSpec.duration(null, "36500d1s")).isInstanceOf(InvalidJobSpecException.class)
                .hasMessage("'36500d1s' is too long: at most 36500d");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNamingItsLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("twice.yaml"), "inputs: [a]\nworkspace: w1\nfull: false\nworkspace: w2\n");

        assertThatThrownBy(() -> JobSpec.load(file)).isInstanceOf(InvalidJobSpecException.class)
                .hasMessage(file + ": not valid YAML: found duplicate key workspace (line 4, column 1)");
    }

    @Test
    void aRescanNeedsNoInputs() throws Exception {
        JobSpec spec = JobSpec.load(Files.writeString(tmp.resolve("r.yaml"), "job: rescan\nworkspace: ws\npolicy: p.yaml\n"));
        assertThat(spec.job()).isEqualTo("rescan");
        assertThat(spec.inputs()).isEmpty();
        assertThat(spec.policy()).isEqualTo(tmp.resolve("p.yaml"));
    }
}
