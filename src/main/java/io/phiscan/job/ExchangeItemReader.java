package io.phiscan.job;

import io.phiscan.detect.Detector;
import io.phiscan.index.ExchangeCandidates;
import io.phiscan.index.ExchangeCursor;
import io.phiscan.index.IndexSearch;
import io.phiscan.index.IndexedMessage;
import io.phiscan.index.MessageIndex;
import io.phiscan.model.Exchange;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads, one by one, the exchanges a run scores, assembled from the index with the signals of
 * their messages: those with a message the run (or a run it takes over) wrote, every exchange of
 * the run's accounts ({@code --full}), or every exchange in the index (a rescan). Restartable by
 * position in the sorted list of exchange ids, which the run's own scoring does not change.
 */
final class ExchangeItemReader implements ItemStreamReader<ExchangeItemReader.Item> {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeItemReader.class);
    private static final String POSITION = "detect.position";

    /** An exchange and the signals of its messages, by message id. */
    record Item(Exchange exchange, Map<String, List<Signal>> signals) {
    }

    /** Which exchanges a run scores. */
    enum Scope {
        /** Exchanges with a message written (new or changed) by the run or by the runs it takes over. */
        TOUCHED,
        /** Every exchange of the accounts of the run's exports. */
        ACCOUNTS,
        /** Every exchange in the index. */
        ALL
    }

    private final MessageIndex index;
    private final RunStore runs;
    private final String runId;
    private final Scope scope;
    private final List<String> takenOver;
    private final Progress progress;
    private final Detector detector;
    private final FindingHistory history;
    private IndexSearch search;
    private ExchangeCursor reader;
    private List<String> exchanges;
    private int position;

    /**
     * @param detector when given, only the exchanges that can be findings under its policy (by
     *     their messages' stored signals, {@link Detector#mayRaise}) and those that are current
     *     findings (to be cleared or raised again) are read; {@code null} reads them all (a run
     *     that annotates the messages again)
     */
    ExchangeItemReader(MessageIndex index, RunStore runs, String runId, Scope scope, List<String> takenOver,
            Progress progress, Detector detector, FindingHistory history) {
        this.detector = detector;
        this.history = history;
        this.index = index;
        this.runs = runs;
        this.runId = runId;
        this.scope = scope;
        this.takenOver = List.copyOf(takenOver);
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        Set<String> accounts = new TreeSet<>();
        runs.inputs(runId).forEach(in -> accounts.add(in.account()));
        List<String> writers = new ArrayList<>(takenOver);
        writers.add(runId);
        try {
            search = index.search(true);
            reader = search.exchanges();
            // without messages annotated again, only the exchanges that can be findings, and the
            // current findings (to be raised again or cleared), need scoring
            ExchangeCandidates only = detector == null ? null : new ExchangeCandidates(
                    Set.of(Detector.NEEDED_KIND), detector.raisingRules(), history.currentExchanges());
            exchanges = new ArrayList<>(switch (scope) {
                case TOUCHED -> search.exchangesWrittenBy(writers, only);
                case ACCOUNTS -> search.exchanges(accounts, only);
                case ALL -> search.exchanges(null, only);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        position = context.getInt(POSITION, 0);
        progress.enter(Progress.Phase.DETECT, exchanges.size(), 0);
        LOG.info("detect: {} exchange(s) to score ({}{}), {} already scored before a restart", exchanges.size(),
                switch (scope) {
                    case TOUCHED -> "with new or changed messages" + (takenOver.isEmpty() ? "" : ", runs taken over included");
                    case ACCOUNTS -> "every exchange of " + accounts.size() + " account(s)";
                    case ALL -> "every exchange in the index";
                }, detector == null ? "" : "; those that can be findings: a clinical signal, a rule that raises, or a current finding",
                position);
    }

    @Override
    public Item read() throws IOException {
        if (position >= exchanges.size()) {
            return null;
        }
        String id = exchanges.get(position++);
        progress.itemDone();
        List<IndexedMessage> found = reader.read(id);
        List<Message> messages = new ArrayList<>(found.size());
        Map<String, List<Signal>> signals = new HashMap<>();
        for (IndexedMessage m : found) {
            messages.add(m.message());
            signals.put(m.message().id(), m.signals());
        }
        return new Item(Exchange.of(messages), signals);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, position);
    }

    @Override
    public void close() {
        if (search != null) {
            try {
                search.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
