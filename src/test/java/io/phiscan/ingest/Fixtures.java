package io.phiscan.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Where the fixtures are, and zips made from fixture folders in a test's temporary folder. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ExportTree tree(String relative) throws IOException {
        return ExportTree.open(path(relative), ZipLimits.DEFAULT);
    }

    /** Zips a fixture folder, its files under {@code prefix} (empty, or a folder name ending with /). */
    static Path zip(String relative, Path zipFile, String prefix) throws IOException {
        Path folder = path(relative);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(prefix + folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return zipFile;
    }
}
