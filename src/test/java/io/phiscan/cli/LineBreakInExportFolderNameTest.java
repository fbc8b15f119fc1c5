package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Reddit export in a folder whose name holds a line break (and a backslash), found inside the
 * folder named on the command line: the audit failed in its reconcile step ("11 records read,
 * but the export is not recorded in the run"), every time it was resumed, for the run's other
 * exports too. It completes.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LineBreakInExportFolderNameTest {

    @Test
    void anExportFolderNamedWithALineBreakIsAuditedAndReconciles(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path export = Files.createDirectories(inbox.resolve("export_DrRowanHale\n20261120\\n"));
        Files.writeString(export.resolve("statistics.csv"), "statistic,value\naccount name,DrRowanHale\n");
        Files.writeString(export.resolve("messages.csv"), "id,permalink,thread_id,date,ip,from,to,subject,body\n"
                + "3a1b2c,https://www.reddit.com/message/messages/3a1b2c,3a1b2c,2026-11-14 03:22:51 UTC,,pine_mom_7,DrRowanHale,"
                + "my son,\"Dr. Hale, you saw my son Theo last week. His fever of 103 is back and he has a rash on his chest."
                + " Should I bring him in?\"\n");

        Cli audit = Cli.run("audit", inbox.toString(), "--workspace", tmp.resolve("ws").toString());

        assertThat(audit.err()).isEmpty();
        assertThat(audit.exitCode()).isZero();
        assertThat(audit.out()).contains("completed").contains("1 record(s) read, 1 message(s) in the exports, 0 skipped; 1 finding(s)");
    }
}
