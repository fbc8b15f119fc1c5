package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.PhiscanApplication;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Reddit export zip whose name was written in Latin-1 ({@code caf\xe9.zip}: the byte E9, not
 * valid UTF-8), named on the command line in a UTF-8 locale. Java reads the argument with U+FFFD in
 * place of the byte and cannot open the file by that name: the audit said "no such file or
 * folder" of a file that is there. It says now that the name holds bytes that are not valid
 * UTF-8, and what helps: renaming it, or auditing its folder, which is then read.
 */
class UndecodableInputNameTest {
    @TempDir
    Path tmp;
    Path folder;

    @BeforeEach
    void latin1Name() throws Exception {
        folder = Files.createDirectories(tmp.resolve("exports"));
        try (OutputStream file = Files.newOutputStream(folder.resolve("export.zip")); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("statistics.csv"));
            zip.write("statistic,value\naccount name,DrRowanHale\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("messages.csv"));
            zip.write(("id,permalink,thread_id,date,ip,from,to,subject,body\n3a1b2c,https://www.reddit.com/message/messages/3a1b2c,"
                    + "3a1b2c,2026-11-14 03:22:51 UTC,,pine_mom_7,DrRowanHale,my son,\"Dr. Hale, you saw my son Theo last week. "
                    + "His fever of 103 is back. Should I bring him in?\"\n").getBytes(StandardCharsets.UTF_8));
        }
        int renamed = new ProcessBuilder("sh", "-c", "mv export.zip \"$(printf 'caf\\351.zip')\"").directory(folder.toFile())
                .inheritIO().start().waitFor();
        try (Stream<Path> files = Files.list(folder)) {
            Assumptions.assumeTrue(renamed == 0 && files.noneMatch(f -> f.getFileName().toString().equals("export.zip")),
                    "the file system refuses a file name that is not valid UTF-8");
        }
    }

    @Test
    void aNameWithBytesNotValidUtf8IsExitTwoSayingSoAndWhatHelps() throws Exception {
        // the shell passes the name's bytes as they are, as it does when the user types caf*.zip
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" \"$0\"/caf*.zip", folder.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), PhiscanApplication.class.getName(), "audit", "--workspace",
                tmp.resolve("ws").toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("LC_ALL");
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isEqualTo(2);
        assertThat(err).contains("caf\uFFFD.zip: the name caf\uFFFD.zip holds bytes that are not valid UTF-8, the file-name encoding"
                        + " of this system's locale")
                .contains("rename it to a UTF-8 name, or audit the folder " + folder + ", whose listing reads it")
                .doesNotContain("no such file");
    }

    @Test
    void itsFolderAuditedTheExportIsRead() throws IOException {
        Cli audit = Cli.run("audit", folder.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("1 export(s)", "1 record(s) read", "1 finding(s)");
    }
}
