package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exports under {@code sample-data/} read as {@code sample-data/README.md} says, number for number. */
class SampleDataTest {

    private static ExportRendering.Read read(String folder) throws IOException {
        try (ExportTree tree = ExportTree.open(Path.of("sample-data", folder), ZipLimits.DEFAULT)) {
            return ExportRendering.read(tree);
        }
    }

    @Test
    void everySampleExportIsFoundInTheFolder() throws IOException {
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(Path.of("sample-data")))) {
            assertThat(locator.exports()).extracting(Export::platform)
                    .containsExactly(Platform.FACEBOOK, Platform.INSTAGRAM, Platform.LINKEDIN, Platform.MASTODON, Platform.REDDIT,
                            Platform.TWITTER);
            assertThat(locator.unrecognized()).isEmpty();
        }
    }

    @Test
    void linkedIn() throws IOException {
        ExportRendering.Read read = read("linkedin/Complete_LinkedInDataExport_11-20-2026");
        assertThat(read.export().account()).isEqualTo("lena-okafor-md");
        assertThat(ExportRendering.summary(read)).isEqualTo("summary: messages 11, skipped 1, encrypted 0, authors 5, "
                + "{INBOUND=5, OUTBOUND=6}, {PUBLIC=4, GROUP=2, DIRECT=5}");
        assertThat(read.bad()).singleElement().satisfies(b -> assertThat(b.source().position()).isEqualTo("record 7, line 8"));
        assertThat(read.message("Dr. Okafor, you treated my son Eli").author().handle()).isEqualTo("daniel-reyes-31");
    }

    @Test
    void mastodon() throws IOException {
        ExportRendering.Read read = read("mastodon/archive-20261120143055-4f1c9a7d2e8b0c63");
        assertThat(read.export().account()).isEqualTo("lenaokafor@med-social.example");
        assertThat(ExportRendering.summary(read)).isEqualTo("summary: messages 7, skipped 0, encrypted 0, authors 1, "
                + "{OUTBOUND=7}, {PUBLIC=4, UNLISTED=1, FOLLOWERS=1, DIRECT=1}");
        assertThat(read.message("@gracew So sorry").recipients()).extracting(a -> a.handle()).containsExactly("gracew@town.example");
    }

    @Test
    void reddit() throws IOException {
        ExportRendering.Read read = read("reddit/export_DrLenaOkafor_20261120");
        assertThat(read.export().account()).isEqualTo("DrLenaOkafor");
        assertThat(ExportRendering.summary(read)).isEqualTo("summary: messages 10, skipped 0, encrypted 0, authors 5, "
                + "{INBOUND=4, OUTBOUND=6}, {PUBLIC=3, GROUP=2, DIRECT=5}");
    }
}
