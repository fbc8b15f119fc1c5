package io.phiscan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code manifest.sha256}: the SHA-256 of every other file of the run's output folder,
 * in the format {@code sha256sum -c} checks ({@code <hex>  <relative path>}).
 */
public final class Manifest {
    public static final String FILE = "manifest.sha256";

    public void write(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(FILE))
                    .sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path f : files) {
            out.append(sha256(f)).append("  ").append(dir.relativize(f).toString().replace('\\', '/')).append('\n');
        }
        try (OutputStream o = OwnerOnlyFiles.create(dir.resolve(FILE))) {
            o.write(out.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
