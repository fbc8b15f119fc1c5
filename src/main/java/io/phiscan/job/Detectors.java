package io.phiscan.job;

import io.phiscan.detect.Detector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The detector of each policy a process runs with, built once (its lexicons and rules take a
 * moment to load) and shared by every step and thread: a {@link Detector} is thread-safe. Kept
 * by the policy file's {@link AnnotationFingerprint#ofFile} (its bytes), not its path: a long-lived
 * process (a worker) that is asked for a policy file edited since builds the detector again.
 */
final class Detectors {
    private final Map<String, Detector> built = new ConcurrentHashMap<>();

    /** The detector of a run's policy file ({@code ""}: the built-in policy), as the file is now. */
    Detector of(String policy) {
        return built.computeIfAbsent(AnnotationFingerprint.ofFile(policy), fingerprint -> DetectStepConfiguration.detector(policy));
    }
}
