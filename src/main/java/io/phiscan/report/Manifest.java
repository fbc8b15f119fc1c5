package io.phiscan.report;

import io.phiscan.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes {@code manifest.sha256}: the SHA-256 of every other file of the run's output folder, in
 * the format {@code sha256sum -c} checks ({@code <hex>  <relative path>}), after comment lines
 * that name the run and chain it to the previous run of the workspace:
 * <pre>
 * # phiscan-manifest 1
 * # run 20261126T035132Z
 * # previous 20261125T021500Z 3f1c…e9   (that run's manifest.sha256, hashed when this one was written)
 * </pre>
 * {@code # previous none} starts a chain; {@code # previous <run> missing} records that the
 * previous run's manifest was already gone. {@code sha256sum} skips the comment lines. Stateless
 * and thread-safe.
 */
public final class Manifest {
    public static final String FILE = "manifest.sha256";
    static final String MAGIC = "# phiscan-manifest 1";

    /**
     * The link to the previous run's manifest.
     *
     * @param sha256 the hex SHA-256 of its manifest file, or {@code null} when it was missing
     */
    public record Link(String runId, String sha256) {
    }

    /** The link to a run's manifest as it is now: its hash, or a missing one. */
    public static Link linkTo(String runId, Path folder) throws IOException {
        Path m = folder.resolve(FILE);
        return new Link(runId, Files.isRegularFile(m) ? sha256(m) : null);
    }

    /**
     * Writes the manifest of a run's folder: the files the run wrote there, and no other (a file
     * that was in the folder before the run is not the run's, and the retention of reports
     * deletes what a manifest lists). A file written through {@code folder} is listed with the
     * digest taken as it was written; any other is read.
     *
     * @param written the files the run wrote, relative to the folder
     * @param previous the link to the previous run's manifest, or {@code null} for the first run
     * @return the SHA-256 (hex) of the manifest written
     */
    public String write(OutputFolder folder, String runId, List<String> written, Link previous) throws IOException {
        Path dir = folder.dir();
        List<Path> files = written.stream().filter(f -> !f.equals(FILE)).map(dir::resolve).sorted().toList();
        StringBuilder out = new StringBuilder(MAGIC).append('\n').append("# run ").append(runId).append('\n');
        out.append("# previous ").append(previous == null ? "none"
                : previous.runId() + " " + (previous.sha256() == null ? "missing" : previous.sha256())).append('\n');
        // those not digested as they were written are read on every processor; listed in the files' order
        List<String> hashes;
        try {
            hashes = files.parallelStream().map(f -> {
                String known = folder.digest(f);
                if (known != null) {
                    return known;
                }
                try {
                    return sha256(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < files.size(); i++) {
            out.append(hashes.get(i)).append("  ").append(relative(dir, files.get(i))).append('\n');
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        try (OutputStream o = OwnerOnlyFiles.create(dir.resolve(FILE))) {
            o.write(bytes);
        }
        return HexFormat.of().formatHex(Sha256.newDigest().digest(bytes));
    }

    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** The SHA-256 of a file's bytes, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), Sha256.newDigest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }
}
