package io.phiscan.job;

import io.phiscan.detect.Detector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The detector of each policy file a process runs with, built once (its lexicons and rules take
 * a moment to load) and shared by every step and thread: a {@link Detector} is thread-safe. A
 * policy file is read when first asked for; a process runs one job, so a later edit of the file
 * is seen by the next run.
 */
final class Detectors {
    private final Map<String, Detector> built = new ConcurrentHashMap<>();

    /** The detector of a run's policy file ({@code ""}: the built-in policy). */
    Detector of(String policy) {
        return built.computeIfAbsent(policy, DetectStepConfiguration::detector);
    }
}
