package io.phiscan.generate;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * {@code generated.json}: what a run of the generator wrote, for tests and benchmarks to compare
 * with what phiscan reads and finds. The seed and arguments, the fixed time the exports claim to
 * be made at, totals, and per export its folder, platform, account (as phiscan names it), owner,
 * messages, conversations, planted clinical exchanges, files and bytes. Same request, same bytes.
 */
final class GeneratedManifest {
    static final String FILE = "generated.json";

    private GeneratedManifest() {
    }

    /** Writes the file; its size in bytes. */
    static long write(Path file, GenerateRequest request, List<ExportResult> exports) throws IOException {
        try (JsonGenerator g = JsonStyles.pretty(Files.newOutputStream(file))) {
            g.writeStartObject();
            g.writeStringProperty("generator", "phiscan generate");
            g.writeNumberProperty("seed", request.seed());
            g.writeObjectPropertyStart("arguments");
            g.writeNumberProperty("messages", request.messages());
            g.writeArrayPropertyStart("platforms");
            for (Platform p : request.platforms()) {
                g.writeString(p.id());
            }
            g.writeEndArray();
            g.writeNumberProperty("accounts", request.accounts());
            g.writeNumberProperty("clinicalShare", request.clinicalShare());
            g.writeNumberProperty("partSize", request.part());
            g.writeEndObject();
            g.writeStringProperty("exportedAt", Instant.ofEpochMilli(Timeline.EXPORTED_AT).toString());
            g.writeObjectPropertyStart("totals");
            g.writeNumberProperty("exports", exports.size());
            g.writeNumberProperty("messages", exports.stream().mapToLong(ExportResult::messages).sum());
            g.writeNumberProperty("conversations", exports.stream().mapToLong(ExportResult::conversations).sum());
            g.writeNumberProperty("clinical", exports.stream().mapToLong(ExportResult::clinical).sum());
            g.writeNumberProperty("files", exports.stream().mapToLong(ExportResult::files).sum());
            g.writeNumberProperty("bytes", exports.stream().mapToLong(ExportResult::bytes).sum());
            g.writeEndObject();
            g.writeArrayPropertyStart("exports");
            for (ExportResult e : exports) {
                g.writeStartObject();
                g.writeStringProperty("folder", e.folder());
                g.writeStringProperty("platform", e.platform().id());
                g.writeStringProperty("account", e.account());
                g.writeNumberProperty("messages", e.messages());
                g.writeNumberProperty("conversations", e.conversations());
                g.writeNumberProperty("clinical", e.clinical());
                g.writeNumberProperty("files", e.files());
                g.writeNumberProperty("bytes", e.bytes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return Files.size(file);
    }
}
