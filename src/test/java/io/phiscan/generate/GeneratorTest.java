package io.phiscan.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the generator writes: the same bytes for the same request, the counts it promises, and its refusals. */
class GeneratorTest {
    static final List<Platform> ALL = List.of(Platform.values());

    static GenerateRequest request(long messages, long seed) {
        return new GenerateRequest(messages, ALL, 0, seed, 0.03, GenerateRequest.PART);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes(@TempDir Path tmp) throws Exception {
        new Generator(2).generate(tmp.resolve("a"), request(3_000, 7), false);
        new Generator(1).generate(tmp.resolve("b"), request(3_000, 7), false);
        new Generator(2).generate(tmp.resolve("c"), request(3_000, 8), false);
        assertThat(treeHash(tmp.resolve("a"))).isEqualTo(treeHash(tmp.resolve("b")));
        assertThat(treeHash(tmp.resolve("a"))).isNotEqualTo(treeHash(tmp.resolve("c")));
    }

    @Test
    void generatedJsonSaysWhatEachExportHolds(@TempDir Path tmp) throws IOException {
        Generator.Summary s = new Generator(2).generate(tmp, new GenerateRequest(12_345, ALL, 2, 3, 0.05, 1_000), false);
        JsonNode doc = JsonMapper.builder().build().readTree(tmp.resolve("generated.json").toFile());
        assertThat(doc.path("seed").asLong()).isEqualTo(3);
        assertThat(doc.path("arguments").path("messages").asLong()).isEqualTo(12_345);
        assertThat(doc.path("arguments").path("accounts").asInt()).isEqualTo(2);
        assertThat(doc.path("exportedAt").asString()).isEqualTo("2026-02-18T07:41:22.518Z");
        assertThat(doc.path("exports")).hasSize(12);
        long messages = 0;
        long clinical = 0;
        for (JsonNode e : doc.path("exports")) {
            assertThat(tmp.resolve(e.path("folder").asString())).isDirectory();
            assertThat(e.path("messages").asLong()).isBetween(1028L, 1029L);
            messages += e.path("messages").asLong();
            clinical += e.path("clinical").asLong();
        }
        assertThat(messages).isEqualTo(12_345).isEqualTo(s.messages());
        assertThat(clinical).isEqualTo(doc.path("totals").path("clinical").asLong()).isEqualTo(s.clinical()).isPositive();
    }

    @Test
    void defaultAccountsKeepExportsNearFortyThousandMessages() {
        assertThat(GenerateRequest.defaultAccounts(3_000, 6)).isEqualTo(1);
        assertThat(GenerateRequest.defaultAccounts(240_000, 6)).isEqualTo(1);
        assertThat(GenerateRequest.defaultAccounts(240_001, 6)).isEqualTo(2);
        assertThat(GenerateRequest.defaultAccounts(1_000_000, 6)).isEqualTo(5);
        assertThat(GenerateRequest.defaultAccounts(5_000_000, 6)).isEqualTo(21);
        assertThat(GenerateRequest.defaultAccounts(100_000, 1)).isEqualTo(3);
    }

    @Test
    void refusesBadRequestsAndANonEmptyFolder(@TempDir Path tmp) throws IOException {
        assertThatThrownBy(() -> request(0, 1)).hasMessageContaining("--messages must be at least 1");
        assertThatThrownBy(() -> GenerateRequest.platforms("twitter,myspace")).hasMessageContaining("unknown platform 'myspace'");
        assertThatThrownBy(() -> new GenerateRequest(10, List.of(Platform.REDDIT, Platform.REDDIT), 1, 1, 0.03, 10))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new GenerateRequest(10, ALL, 1, 1, 1.5, 10)).hasMessageContaining("--clinical-share");
        Files.writeString(tmp.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> new Generator(1).generate(tmp, request(10, 1), false)).hasMessageContaining("is not empty");
        new Generator(1).generate(tmp, request(10, 1), true);
        assertThat(tmp.resolve("keep.txt")).hasContent("mine");
        assertThat(tmp.resolve("generated.json")).exists();
    }

    /** SHA-256 over every file's relative path and bytes, in path order. */
    static String treeHash(Path root) throws IOException, NoSuchAlgorithmException {
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            all.update(root.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            all.update((byte) 0);
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), all)) {
                in.transferTo(OutputStreamSink.INSTANCE);
            }
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /** Discards what it is given. */
    static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
