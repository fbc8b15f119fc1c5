package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The X fixtures read with the numbers of {@code src/test/resources/twitter/README.md}'s summary
 * table: a guard for the JSON array splitter, which the X and Grailbird readers share.
 */
class TwitterFixtureCountsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "current-2024, 15, 0, 2",
        "current-2024.zip, 15, 0, 2",
        "no-manifest-2023, 9, 0, 0",
        "gen1-2019, 8, 0, 0",
        "gen1-2021, 7, 0, 0",
        "malformed-record, 6, 2, 0",
        "truncated, 4, 1, 0",
        "entities, 6, 0, 0",
        "semicolon-end, 2, 0, 0",
        "created-at-forms, 3, 1, 0"})
    void readsTheReadmeNumbers(String fixture, int messages, int skipped, int encrypted) throws IOException {
        try (ExportTree tree = Fixtures.tree("twitter/" + fixture)) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).hasSize(messages);
            assertThat(read.bad()).hasSize(skipped);
            assertThat(read.encrypted()).isEqualTo(encrypted);
        }
    }
}
