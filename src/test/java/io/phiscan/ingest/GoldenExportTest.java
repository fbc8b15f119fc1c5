package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every fixture folder {@code <platform>/<name>/} that has a {@code <name>.expected.txt}
 * beside it is read whole and rendered (every record, its time in UTC, direction, visibility,
 * author, recipients, conversation and text), and the rendering must equal the reviewed file.
 * On a difference the actual rendering is written under {@code target/golden-actual/} for review.
 */
class GoldenExportTest {

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenExportTest.class.getResource("/").toURI());
        return Files.walk(root, 2).filter(p -> p.getFileName().toString().endsWith(".expected.txt")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsAsReviewed(Path expectedFile) throws IOException {
        String name = expectedFile.getFileName().toString().replace(".expected.txt", "");
        Path fixture = expectedFile.resolveSibling(name);
        String actual;
        try (ExportTree tree = ExportTree.open(fixture, ZipLimits.DEFAULT)) {
            actual = ExportRendering.render(ExportRendering.read(tree));
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "golden-actual", expectedFile.getParent().getFileName().toString(), name + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(expected);
    }
}
