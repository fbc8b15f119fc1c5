package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.PhiscanApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job spec naming an export folder with an accented name, run as systemd and cron run commands:
 * in the C locale, where Java takes file names as ASCII. The spec is refused (exit 2) saying what
 * helps; before, the run failed (exit 1) with "Malformed input or input contains unmappable
 * characters". In a UTF-8 locale, as the units and the crontab line in jobs/ set, it runs. The
 * same name given on the command line is refused the same way.
 */
class JobSpecInCLocaleTest {
    @TempDir
    Path tmp;

    private Process run(Path spec, String lang) throws Exception {
        return phiscan(lang, "run", spec.toString());
    }

    private Process phiscan(String lang, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), PhiscanApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().put("LANG", lang);
        return pb.start();
    }

    @Test
    void anAccentedPathInTheSpecIsRefusedInTheCLocaleSayingWhatHelps() throws Exception {
        Path spec = tmp.resolve("nightly.yaml");
        Files.writeString(spec, "inputs: [exports/Exportación]\nworkspace: ws\n", StandardCharsets.UTF_8);

        Process c = run(spec, "C");
        String err = new String(c.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(c.waitFor()).as(err).isEqualTo(2);
        assertThat(err).contains("inputs 'exports/Exportaci").contains("' cannot be a file name under this process's locale")
                .contains("run phiscan in a UTF-8 locale (LANG=C.UTF-8").doesNotContain("Malformed input");

        Process utf8 = run(spec, "C.UTF-8");
        String said = new String(utf8.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        // the path is taken: what is said is that the folder is not there, not that it cannot be named
        assertThat(utf8.waitFor()).as(said).isEqualTo(2);
        assertThat(said).contains("Exportación").contains("no such file or folder");
    }

    @Test
    void anAccentedPathOnTheCommandLineIsRefusedInTheCLocaleSayingWhatHelps() throws Exception {
        Process c = phiscan("C", "audit", tmp.resolve("Exportación").toString(), "--workspace", tmp.resolve("ws").toString());
        String err = new String(c.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(c.waitFor()).as(err).isEqualTo(2);
        assertThat(err).contains("' cannot be a file name under this process's locale")
                .contains("run phiscan in a UTF-8 locale (LANG=C.UTF-8)").doesNotContain("Malformed input");
    }
}
