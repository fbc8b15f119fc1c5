package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;

/** A rule that is a lexicon of one clinical category ({@code medication}, {@code symptom}, …). */
final class LexiconRecognizer implements Recognizer {
    private final String id;
    private final String kind;
    private final String category;
    private final Lexicon lexicon;

    LexiconRecognizer(String id, String kind, String category, Lexicon lexicon) {
        this.id = id;
        this.kind = kind;
        this.category = category;
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        List<FoldedText.Token> tokens = text.tokens();
        for (Lexicon.Match m : lexicon.matches(tokens)) {
            int start = tokens.get(m.from()).start();
            int end = tokens.get(m.to() - 1).end();
            out.add(new Signal(kind, category, messageId, start, end, text.span(start, end), id));
        }
    }
}
