package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Figures of speech that borrow clinical words ("this traffic is giving me a heart attack",
 * "a cancer on American medicine", "allergic to Mondays", "cabin fever"): each is reported as a
 * {@code context} signal, and the clinical signals inside it are withdrawn, so that they neither
 * count as clinical content nor anchor a disclosure. Runs after the clinical rules. Immutable and
 * thread-safe.
 */
final class FigureOfSpeechFilter implements Recognizer, TriggerIndex.Triggered {
    static final String ID = "ctx.figure";
    private static final String AILMENT = "(?:a |an )?(?:heart attack|migraine|headache|ulcer|aneurysm|aneurism|stroke|anxiety"
            + "|depression|diabetes|cavities|cavity|ptsd|hives|whiplash|carpal tunnel|brain damage|gr[ae]y hair|high blood pressure"
            + "|heartburn|indigestion|seizure|cancer|panic attack|nervous breakdown|breakdown|existential crisis|rash)";
    private static final TriggeredPattern IDIOMS = new TriggeredPattern(Pattern.compile(
            "\\b(?:giv(?:e|es|ing)|gave|gonna give|going to give|made|makes|make|making|been giving) (?:me|us|you|him|her) "
            + AILMENT + "(?:,? and (?:probably |maybe |possibly |now )?" + AILMENT + ")*\\b"
            + "|\\b(?:going to|gonna|about to|will|i'?ll|i'?m going to|im going to|i'?m gonna) (?:have|get|give"
            + " (?:me|him|her|us)) " + AILMENT + "\\b|\\b(?:heart attack|aneurysm|stroke) (?:lol|lmao|haha)|\\bsick (?:of|and tired)\\b"
            + "|\\bpain in the (?:neck|butt|ass|rear)\\b|\\b(?:such a|a real|a total|a huge|what a|major|is a|are a) (?:pain|headache"
            + "|nightmare|cancer|disease|plague)\\b|\\ballergic to (?:mornings?|mondays?|work|exercise|the gym|anything|people"
            + "|cardio|responsibility|math|adulting|running|vegetables|commitment|fun|\\w+ing)\\b|\\b(?:cabin|spring|saturday night"
            + "|bieber|election|playoff|football|march madness|baby|gold) fever\\b|\\bfever (?:pitch|dream)\\b|\\b(?:my |the )?"
            + "(?:monday|sunday|winter) blues\\b|\\b(?:i'?m|i am|im) (?:literally |actually )?(?:dying|dead|deceased)\\b(?! (?:of|from))"
            + "|\\bdying (?:of|from) (?:laughter|laughing|embarrassment|boredom)\\b|\\b(?:cancer|disease|plague|virus|epidemic"
            + "|pandemic) (?:on|of|in) (?:american|our|the|society|medicine|politics|this)\\b|\\b(?:went|go|going|gone) viral\\b"
            + "|\\b(?:dose|shot|shots) of (?:reality|sunshine|wine|tequila|whiskey|vodka|espresso|caffeine|humility|nostalgia"
            + "|motivation|vitamin sea|adrenaline|good news|positivity|joy)\\b|\\b(?:give it|take a|worth a|long|big) shot\\b"
            + "|\\bshots fired\\b|\\bjello shots?\\b|\\b(?:chill|bitter|happy) pill\\b|\\b(?:prescription|cure|remedy|antidote"
            + "|vaccine|medicine|meds|treatment) for (?:success|happiness|boredom|mondays|a (?:3|three)[- ]day weekend|the blues"
            + "|stupidity|this|that|toddlers|the soul|heartbreak)\\b|\\b(?:broke|breaks|break|breaking) my heart\\b"
            + "|\\bmy heart (?:is bursting|can'?t take|goes out|melted|sank|breaks|is full|skipped)\\b|\\bbrain (?:freeze|fart)\\b"
            + "|\\b(?:secondhand|second hand|second-hand) (?:sunburn|embarrassment|anxiety|stress|cringe|headache|trauma)\\b"
            + "|\\bfood coma\\b|\\bsugar rush\\b|\\bstroke of (?:luck|genius|midnight)\\b|\\bbreak a leg\\b|\\bcold feet\\b"
            + "|\\bcough(?:ed|ing)? up (?:the )?(?:money|cash|dough|\\$)|\\b(?:so|totally|a bit|kinda|super) (?:ocd|adhd|bipolar"
            + "|autistic|anorexic)\\b|\\b(?:is|are) (?:my|our) (?:depression|anxiety|therapy)\\b|\\bthis is giving me\\b"
            + "|\\b(?:me va a dar|casi me da|casi me dio|por poco me da|por poco me dio) (?:un|algo) (?:infarto|paro|ataque)\\b|\\bme muero de (?:risa|hambre|sueno|frio|calor|ganas)\\b"
            + "|\\bmuert[oa] de (?:risa|cansancio|hambre)\\b|\\b(?:mind|heart|soul) (?:needs|is) (?:healing|a vacation)\\b"
            + "|\\bsick (?:burn|beat|day)\\b|\\bthat'?s sick\\b|\\bi'?m allergic to\\b(?= (?:mornings?|mondays?|work|the gym"
            + "|anything|people))|\\b(?:legs|feet|arms) (?:are|is) (?:dead|killing me) after\\b|\\bso dead\\b"
            + "|\\b(?:my )?head (?:is|was|'s) spinning (?:with|from|over)\\b|\\bi(?:'d| would)? tell you a joke about\\b[^.!?]*|\\b(?:i )?literally can'?t (?:walk|breathe|even|move|function"
            + "|feel my \\w+)\\b|\\b(?:leg day|arm day|the workout|the gym|that hike|the run|that run|the marathon|spin class)"
            + " (?:destroyed|killed|wrecked|murdered) me\\b"), false);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        IDIOMS.forEach(text, this, m -> {
            int start = m.start();
            int end = m.end();
            out.removeIf(s -> s.kind().equals(Signal.CLINICAL) && s.start() < end && start < s.end());
            out.add(new Signal(CueRules.CONTEXT, "figure-of-speech", messageId, start, end, text.span(start, end), ID));
        });
    }

    @Override
    public int subpattern(String word) {
        return IDIOMS.subpattern(word);
    }

    @Override
    public java.util.Set<String> triggers() {
        return IDIOMS.triggers();
    }
}
