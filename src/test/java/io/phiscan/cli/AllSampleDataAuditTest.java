package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's audit of the whole {@code sample-data} folder: six exports, one per platform, every
 * clinical exchange that sample-data/README.md says must be found is found, and none of the
 * others (news, announcements, colleagues, figures of speech). Its one-line summary counted the
 * records read, the messages and the records skipped but not X's 4 encrypted conversations, so
 * that it did not add up (92 read, 87 messages, 1 skipped).
 */
class AllSampleDataAuditTest {

    @Test
    void findsExactlyTheExchangesTheSamplesAreMeantToHave(@TempDir Path tmp) throws IOException {
        Cli run = Cli.run("audit", "sample-data", "--workspace", tmp.resolve("ws").toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).as("the summary adds up: 92 = 87 + 1 + 4")
                .contains("92 record(s) read, 87 message(s) in the exports, 1 skipped, 4 encrypted;");
        JsonNode doc = JsonMapper.builder().build().readTree(tmp.resolve("out/findings.json").toFile());
        List<String> inputs = new ArrayList<>();
        for (JsonNode in : doc.path("run").path("inputs")) {
            inputs.add(in.path("platform").asString() + " " + in.path("messages").asLong() + "/" + in.path("skipped").asLong()
                    + "/" + in.path("encrypted").asLong());
        }
        assertThat(inputs).containsExactlyInAnyOrder("facebook 23/0/0", "instagram 9/0/0", "linkedin 11/1/0",
                "mastodon 7/0/0", "reddit 10/0/0", "twitter 27/0/4");
        List<String> found = new ArrayList<>();
        for (JsonNode f : doc.path("findings")) {
            List<String> who = new ArrayList<>();
            f.path("counterparts").forEach(c -> who.add(c.path("handle").isString() ? c.path("handle").asString()
                    : c.path("name").asString()));
            found.add(f.path("platform").asString() + " " + f.path("visibility").asString() + " " + String.join(",", who));
        }
        assertThat(found).containsExactlyInAnyOrder(
                "twitter direct jwhitfield_runs", "twitter direct maria_g_1987", "twitter public maria_g_1987",
                "twitter direct analu_herrera",
                "facebook direct Keisha Thompson", "facebook direct Brian Novak", "facebook public Brian Novak",
                "instagram direct danielkim.photo",
                "linkedin direct grace-whitaker-5b21", "linkedin direct daniel-reyes-31",
                "mastodon public gracew@town.example",
                "reddit direct river_mom_22");
    }
}
