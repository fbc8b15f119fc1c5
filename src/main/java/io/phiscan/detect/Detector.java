package io.phiscan.detect;

import io.phiscan.index.QueryMatcher;
import io.phiscan.model.Exchange;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds signals in messages and decides which exchanges are findings, under one policy.
 *
 * <p>A detector is immutable: it may be reused across any number of messages and exchanges and
 * shared across concurrent threads. Build a new one when the policy changes.
 */
public final class Detector {
    /** The most signals of one rule a message keeps. */
    public static final int MAX_PER_RULE = 100;
    /** A message longer than this (and its context) is annotated in windows of this many characters. */
    static final int WINDOW = 50_000;
    /** The characters a window reads on each side of its own stretch. */
    static final int CONTEXT = 2_000;
    private static final Set<String> IMAGE = Set.of("jpg", "jpeg", "png", "gif", "heic", "heif", "webp", "bmp", "tif", "tiff",
            "mp4", "mov", "m4v", "webm", "avi", "3gp", "photo", "image", "video", "animated_gif", "sticker");
    private final Policy policy;
    /** The recognizers and their trigger index, built at the first message annotated: scoring alone needs neither. */
    private volatile Annotators annotators;
    private final QueryMatcher custom;
    private final Map<String, CustomRule> customRules = new LinkedHashMap<>();
    private final ExchangeScorer scorer;

    public Detector(Policy policy) {
        this.policy = policy;
        Map<String, String> queries = new LinkedHashMap<>();
        for (CustomRule r : policy.rules()) {
            queries.put(r.id(), r.query());
            customRules.put(r.id(), r);
        }
        this.custom = QueryMatcher.compile(queries);
        this.scorer = new ExchangeScorer(policy);
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Every signal in one message, in text order. The practice's own phone numbers are not
     * signals; an attachment to a message with clinical content is an identifier ({@code photo}
     * for images and video, {@code attachment} otherwise) with an empty span at the start.
     */
    public List<Signal> annotate(Message message) {
        List<Signal> out = new ArrayList<>(signals(message.id(), message.text()));
        if (!message.attachments().isEmpty() && out.stream().anyMatch(s -> s.kind().equals(Signal.CLINICAL))) {
            boolean image = message.attachments().stream().anyMatch(Detector::isImage);
            out.add(0, new Signal(Signal.IDENTIFIER, image ? "photo" : "attachment", message.id(), 0, 0, "", "id.photo"));
        }
        if (!custom.isEmpty()) {
            Set<String> tags = new LinkedHashSet<>();
            Set<String> rules = new LinkedHashSet<>();
            out.forEach(s -> {
                tags.add(s.tag());
                tags.add(s.kind());
                rules.add(s.rule());
            });
            var a = message.author();
            customSignals(message.id(), message.text(), new QueryMatcher.Fields(message.text(), message.platform().id(),
                    message.direction().id(), message.visibility().id(), a.handle(), a.id(), a.name(), tags, rules), out);
        }
        return ordered(out);
    }

    /**
     * Every signal in a plain text, with {@code id} as its message id: the same rules as
     * {@link #annotate(Message)}, custom rules matched on the text alone.
     */
    public List<Signal> annotateText(String id, String text) {
        List<Signal> out = new ArrayList<>(signals(id, text));
        if (!custom.isEmpty()) {
            customSignals(id, text, new QueryMatcher.Fields(text, null, null, null, null, null, null,
                    out.stream().map(Signal::tag).toList(), out.stream().map(Signal::rule).toList()), out);
        }
        return ordered(out);
    }

    /**
     * The signals in the order of the text, the first {@link #MAX_PER_RULE} of each rule: a
     * message that repeats a term thousands of times (a flood, an edited export) is as plain with
     * the first hundred, and its finding and report stay of a readable size. The scoring counts
     * kinds of signals, not how many.
     */
    private static List<Signal> ordered(List<Signal> out) {
        out.sort(Comparator.comparingInt(Signal::start).thenComparing(Signal::rule));
        Map<String, Integer> perRule = new HashMap<>();
        List<Signal> kept = new ArrayList<>(Math.min(out.size(), 256));
        for (Signal signal : out) {
            if (perRule.merge(signal.rule(), 1, Integer::sum) <= MAX_PER_RULE) {
                kept.add(signal);
            }
        }
        return List.copyOf(kept);
    }

    private List<Signal> signals(String id, String text) {
        if (text.length() <= WINDOW + CONTEXT) {
            return windowSignals(id, text);
        }
        // longer than any platform lets one message be (a flood, an edited export): read in windows
        // that overlap by CONTEXT on each side, each keeping the signals that start in its own
        // stretch, so that the time grows with the length and not with its square
        List<Signal> out = new ArrayList<>();
        for (int own = 0; own < text.length(); own += WINDOW) {
            int from = Math.max(0, own - CONTEXT);
            int to = Math.min(text.length(), own + WINDOW + CONTEXT);
            for (Signal sig : windowSignals(id, text.substring(from, to))) {
                int start = sig.start() + from;
                if (start >= own && start < own + WINDOW) {
                    out.add(new Signal(sig.kind(), sig.category(), sig.messageId(), start, sig.end() + from, sig.text(),
                            sig.rule()));
                }
            }
        }
        return out;
    }

    private List<Signal> windowSignals(String id, String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        Annotators a = annotators();
        FoldedText folded = new FoldedText(text);
        folded.index(a.triggers());
        List<Signal> out = new ArrayList<>();
        for (Recognizer r : a.recognizers()) {
            r.find(folded, id, out);
        }
        out.removeIf(s -> (s.category().equals("phone") || s.category().equals("fax")) && policy.isPracticePhone(s.text()));
        return out;
    }

    private record Annotators(List<Recognizer> recognizers, TriggerIndex triggers) {
    }

    /**
     * Builds the recognizers now rather than at the first message annotated: a second or so of
     * one thread (the rules' expressions and what must follow their first words), which a run
     * can spend while it is still planning, instead of holding its first chunks.
     */
    public void prepare() {
        annotators();
    }

    private Annotators annotators() {
        Annotators a = annotators;
        if (a == null) {
            synchronized (this) {
                a = annotators;
                if (a == null) {
                    List<Recognizer> recognizers = Recognizers.all(policy);
                    a = new Annotators(recognizers, new TriggerIndex(recognizers));
                    annotators = a;
                }
            }
        }
        return a;
    }

    private void customSignals(String id, String text, QueryMatcher.Fields fields, List<Signal> out) {
        for (QueryMatcher.Match m : custom.match(fields)) {
            CustomRule r = customRules.get(m.rule());
            out.add(new Signal(r.kind(), r.category(), id, m.start(), m.end(), text.substring(m.start(), m.end()), r.id()));
        }
    }

    private static boolean isImage(String attachment) {
        String a = attachment.toLowerCase(Locale.ROOT);
        int q = a.indexOf('?');
        a = q >= 0 ? a.substring(0, q) : a;
        int dot = a.lastIndexOf('.');
        String ext = dot >= 0 ? a.substring(dot + 1) : a;
        return IMAGE.contains(ext) || IMAGE.contains(a) || a.contains("photo") || a.contains("image") || a.contains("video")
                || a.contains("media");
    }

    /** The signal kind without which no exchange is a finding, unless one of {@link #raisingRules()} fired. */
    public static final String NEEDED_KIND = Signal.CLINICAL;

    /**
     * The rules that can make an exchange a finding without any clinical signal: the owner
     * declining to advise (someone sought care), and the policy's custom rules that raise.
     */
    public java.util.Set<String> raisingRules() {
        java.util.Set<String> rules = new java.util.TreeSet<>();
        rules.add("resp.declined");
        customRules.values().stream().filter(r -> r.raise() != null).forEach(r -> rules.add(r.id()));
        return rules;
    }

    /**
     * Whether an exchange with these signals can be a finding at all: it has a clinical signal or
     * one of {@link #raisingRules()}. An exchange for which this is false is never a finding, so
     * a run need not assemble it to score it.
     */
    public boolean mayRaise(java.util.Collection<List<Signal>> signals) {
        java.util.Set<String> raising = raisingRules();
        return signals.stream().flatMap(List::stream)
                .anyMatch(s -> s.kind().equals(NEEDED_KIND) || raising.contains(s.rule()));
    }

    /**
     * Scores an exchange from the signals of its messages.
     *
     * @param signals the signals of the exchange's messages, by message id
     * @return the finding, or empty when the exchange is not one
     */
    public Optional<Finding> assess(Exchange exchange, Map<String, List<Signal>> signals) {
        return scorer.score(exchange, signals);
    }
}
