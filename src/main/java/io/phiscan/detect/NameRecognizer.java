package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names, recognized only in context, because a bare capitalized word ("Jordan", "May",
 * "Grace") is as often a country, a month or a virtue: after "my son", "this is", "I'm", "mi
 * hijo"…, or as the possessive of a family role ("Sofia's mom") or of a clinical word ("Sofia's
 * fever"). The word must be capitalized in the original and be a known given name.
 */
final class NameRecognizer implements Recognizer {
    static final String ID = "id.name";
    private static final String NAME = "(?<v>\\p{Lu}[\\p{L}'-]{1,20})";
    private static final List<Pattern> CONTEXTS = List.of(
            Pattern.compile("(?i:\\b(?:my|our|your|her|his) (?:son|daughter|kid|child|baby|boy|girl|husband|wife|"
                    + "mom|mother|dad|father|grandson|granddaughter|grandma|grandpa|toddler|newborn)),? " + NAME),
            Pattern.compile("(?i:\\b(?:mi|nuestro|nuestra|su) (?:hijo|hija|bebé|bebe|niño|niña|esposo|esposa|"
                    + "mamá|mama|papá|papa|nieto|nieta)),? " + NAME),
            Pattern.compile("(?i:\\b(?:this is|it's|it is|i'm|i am|my name is|me llamo|soy)) " + NAME),
            Pattern.compile(NAME + "'s (?i:mom|mother|dad|father|mamá|mama|papá|papa|parent|grandma|grandpa)\\b"),
            Pattern.compile(NAME + "(?:'s|’s) (?<after>\\p{L}+)"));

    private final Set<String> givenNames;
    private final Lexicon clinicalWords;

    NameRecognizer(Set<String> givenNames, Lexicon clinicalWords) {
        this.givenNames = givenNames;
        this.clinicalWords = clinicalWords;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        String s = text.original();
        for (int p = 0; p < CONTEXTS.size(); p++) {
            Matcher m = CONTEXTS.get(p).matcher(s);
            while (m.find()) {
                String name = m.group("v");
                if (!givenNames.contains(FoldedText.fold(name))) {
                    continue;
                }
                if (p == CONTEXTS.size() - 1 && !clinicalWords.containsWord(FoldedText.fold(m.group("after")))) {
                    continue;
                }
                int start = m.start("v");
                int end = m.end("v");
                if (out.stream().noneMatch(o -> o.rule().equals(ID) && o.start() == start)) {
                    out.add(new Signal(Signal.IDENTIFIER, "name", messageId, start, end, name, ID));
                }
            }
        }
    }
}
