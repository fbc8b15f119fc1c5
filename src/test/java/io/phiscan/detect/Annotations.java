package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;

/** Test helper: the signals a default detector finds in a text, and lookups over them. */
final class Annotations {
    static final Detector DEFAULT = new Detector(Policy.defaults());

    private Annotations() {
    }

    static List<Signal> of(String text) {
        return DEFAULT.annotateText("m", text);
    }

    /** The texts of the signals of one category (identifier kind, clinical category, cue). */
    static List<String> texts(String text, String category) {
        return of(text).stream().filter(s -> s.category().equals(category)).map(Signal::text).toList();
    }

    static List<String> rules(String text) {
        return of(text).stream().map(Signal::rule).distinct().toList();
    }
}
