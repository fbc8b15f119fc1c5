package io.phiscan.job;

import io.phiscan.detect.CustomRule;
import io.phiscan.detect.FoldedText;
import io.phiscan.detect.Lexicon;
import io.phiscan.detect.Policy;
import io.phiscan.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the signals of a message depend on: this build of phiscan (its rules and lexicons) and what
 * of the policy annotation reads: its lexicon additions (folded, in any order, each once, as the
 * recognizers take them) and removals, the practice's phones, its custom rules, and the names on
 * the roster it names (identifiers wherever they are written), as the roster's lexicon matches them
 * (folded, in any order, each once). Thresholds, allowlisted
 * accounts, the roster's accounts, the ledger, the practice's details and the version label only
 * change how exchanges are scored. The index records the fingerprint its messages were annotated
 * under, so that a rescan with the same build and a policy that annotates alike need not annotate
 * every message again.
 */
final class AnnotationFingerprint {
    private static final String BUILD = build();

    private AnnotationFingerprint() {
    }

    /**
     * The fingerprint of what a run's policy file ({@code ""}: the built-in policy) makes of a
     * message's signals under this build. A file that is not a valid policy, or names a roster
     * that cannot be read, is taken by its bytes and its roster's (loading it says what is wrong).
     */
    static String of(String policy) {
        return fingerprint(policy, true);
    }

    /**
     * The fingerprint of a run's policy file as it is now, every byte of it and of its roster:
     * what a detector is built from ({@link Detectors}).
     */
    static String ofFile(String policy) {
        return fingerprint(policy, false);
    }

    private static String fingerprint(String policy, boolean annotationOnly) {
        MessageDigest digest = Sha256.newDigest();
        try {
            digest.update(BUILD.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (policy.isEmpty()) {
                digest.update("builtin".getBytes(StandardCharsets.UTF_8));
            } else {
                Path file = Path.of(policy);
                byte[] bytes = Files.readAllBytes(file);
                String annotating = annotationOnly ? annotating(file) : null;
                digest.update(annotating != null ? annotating.getBytes(StandardCharsets.UTF_8) : bytes);
                Path roster = annotating != null ? null : roster(file, bytes);
                if (roster != null && Files.isRegularFile(roster)) {
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(roster));
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy " + policy, e);
        }
    }

    /**
     * What of a policy annotation reads, in a form that is the same for the same policy whatever the
     * order of its sets, or null when the file is not a valid policy. Never logged: the roster's
     * names are PHI.
     */
    private static String annotating(Path file) {
        Policy p;
        try {
            p = Policy.load(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        StringBuilder s = new StringBuilder("phones=").append(new TreeSet<>(p.practicePhones()))
                .append("\nadded=").append(added(p))
                .append("\nignored=").append(new TreeSet<>(p.ignoredTerms()));
        for (CustomRule r : p.rules()) {
            s.append("\nrule=").append(r.id()).append('\u0000').append(r.query()).append('\u0000').append(r.kind())
                    .append('\u0000').append(r.category());
        }
        SortedSet<String> names = Lexicon.matchedForms(p.roster().names());
        if (!names.isEmpty()) { // a roster without names annotates like none
            s.append("\nroster-names=").append(names);
        }
        return s.toString();
    }

    /**
     * The lexicon additions as the recognizers take them: by category, each term folded (case and
     * accents), in any order, each once. Their order, case and repeats change no signal.
     */
    private static TreeMap<String, TreeSet<String>> added(Policy p) {
        TreeMap<String, TreeSet<String>> out = new TreeMap<>();
        p.extraTerms().forEach((category, terms) -> {
            TreeSet<String> folded = new TreeSet<>();
            terms.forEach(t -> folded.add(FoldedText.fold(t)));
            out.put(category, folded);
        });
        return out;
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
