package io.phiscan.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code manifest.sha256} as read back: the run it names, its link to the previous run, the
 * hash of every file it lists, and any line it could not read. Immutable.
 *
 * @param runId the run named by its {@code # run} line, or {@code null} when it has none
 * @param previous its link: {@code null} when it starts a chain (or, with {@code chained} false,
 *        when it has no {@code # previous} line at all)
 * @param files relative path → hex SHA-256, in the manifest's order
 * @param bad lines that are neither comments nor {@code <hex>  <path>}
 */
record ManifestFile(String runId, boolean chained, Manifest.Link previous, Map<String, String> files, List<String> bad) {

    static ManifestFile read(Path file) throws IOException {
        String runId = null;
        boolean chained = false;
        Manifest.Link previous = null;
        Map<String, String> files = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.startsWith("# run ")) {
                runId = line.substring(6).strip();
            } else if (line.startsWith("# previous ")) {
                chained = true;
                String[] p = line.substring(11).strip().split(" ");
                if (p.length == 2) {
                    previous = new Manifest.Link(p[0], p[1].equals("missing") ? null : p[1]);
                } else if (!(p.length == 1 && p[0].equals("none"))) {
                    bad.add("line " + n);
                }
            } else if (line.startsWith("#")) {
                continue;
            } else if (line.matches("[0-9a-f]{64}  .+")) {
                files.put(line.substring(66), line.substring(0, 64));
            } else {
                bad.add("line " + n);
            }
        }
        return new ManifestFile(runId, chained, previous, files, bad);
    }
}
