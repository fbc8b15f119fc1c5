package io.phiscan.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * What the signals of a message depend on: this build of phiscan (its rules and lexicons), the
 * policy file's bytes (its lexicon additions, phones, custom rules) and those of the roster it
 * names (whose names are identifiers). The index records the
 * fingerprint its messages were annotated under, so that a rescan with the same build and
 * policy need not annotate every message again.
 */
final class AnnotationFingerprint {
    private static final String BUILD = build();

    private AnnotationFingerprint() {
    }

    /** The fingerprint of a run's policy file ({@code ""}: the built-in policy) under this build. */
    static String of(String policy) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(BUILD.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (policy.isEmpty()) {
                digest.update("builtin".getBytes(StandardCharsets.UTF_8));
            } else {
                Path file = Path.of(policy);
                byte[] bytes = Files.readAllBytes(file);
                digest.update(bytes);
                Path roster = roster(file, bytes);
                if (roster != null && Files.isRegularFile(roster)) {
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(roster));
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy " + policy, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The roster file a policy names ({@code roster:}, relative to the policy's folder), or null. */
    private static Path roster(Path policy, byte[] bytes) {
        Object doc;
        try {
            doc = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return null; // not valid YAML: loading the policy says why
        }
        if (doc instanceof java.util.Map<?, ?> m && m.get("roster") != null) {
            return policy.toAbsolutePath().getParent().resolve(String.valueOf(m.get("roster")));
        }
        return null;
    }

    private static String build() {
        Properties p = new Properties();
        try (InputStream in = AnnotationFingerprint.class.getResourceAsStream("/io/phiscan/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("build.version", "?") + "@" + p.getProperty("build.time", "?");
    }
}
