package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Reddit user named with terminal escapes (clear the screen, retitle the window): the chart
 * note, ready to paste into the medical record, held the escapes as they were ("Written by:"),
 * and ran them when shown on a terminal. They are shown as signs.
 */
class ControlCharactersInChartNotesTest {

    @Test
    void aNameWithEscapesIsWrittenToTheNoteAsSigns(@TempDir Path tmp) throws Exception {
        Path export = Files.createDirectories(tmp.resolve("export_DrRowanHale_20261120"));
        Files.writeString(export.resolve("statistics.csv"), "statistic,value\naccount name,DrRowanHale\n");
        Files.writeString(export.resolve("messages.csv"), "id,permalink,thread_id,date,ip,from,to,subject,body\n"
                + "3a1b2c,https://www.reddit.com/message/messages/3a1b2c,3a1b2c,2026-11-14 03:22:51 UTC,,"
                + "\"pine_mom\u001b]0;PWNED\u0007\u001b[2J\u009b31m_7\",DrRowanHale,my son,\"Dr. Hale, you saw my son Theo last"
                + " week. His fever of 103 is back and he has a rash on his chest. Should I bring him in?\"\n");
        Path out = tmp.resolve("out");
        assertThat(Cli.run("audit", export.toString(), "--workspace", tmp.resolve("ws").toString(), "--out", out.toString())
                .exitCode()).isZero();

        List<Path> notes;
        try (Stream<Path> files = Files.list(out.resolve("notes"))) {
            notes = files.toList();
        }
        assertThat(notes).singleElement().satisfies(note -> assertThat(Files.readString(note))
                .contains("pine_mom\u241b]0;PWNED\u2407\u241b[2J\ufffd31m_7")
                .doesNotContain("\u001b", "\u0007", "\u009b"));
    }
}
