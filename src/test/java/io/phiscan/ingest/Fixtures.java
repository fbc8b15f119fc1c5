package io.phiscan.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

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

    /**
     * A fixture folder's files as a zip's bytes, the folder's own name left out, each entry deflated
     * with its sizes in its local header (no data descriptor), in the order of their names.
     */
    static byte[] zipBytes(String relative) throws IOException {
        Path folder = path(relative);
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(channel); Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putArchiveEntry(new ZipArchiveEntry(folder.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeArchiveEntry();
            }
        }
        return Arrays.copyOf(channel.array(), (int) channel.size());
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
