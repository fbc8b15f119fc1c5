package io.phiscan.job;

import io.phiscan.index.IndexSearch;
import io.phiscan.index.IndexedMessage;
import io.phiscan.index.MessageIndex;
import io.phiscan.model.Exchange;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
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
 * Reads, one by one, every exchange of the accounts a run read, assembled from the index with
 * the signals of its messages. Restartable by position in the sorted list of exchange ids.
 */
final class ExchangeItemReader implements ItemStreamReader<ExchangeItemReader.Item> {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeItemReader.class);
    private static final String POSITION = "detect.position";

    /** An exchange and the signals of its messages, by message id. */
    record Item(Exchange exchange, Map<String, List<Signal>> signals) {
    }

    private final MessageIndex index;
    private final RunStore runs;
    private final String runId;
    private IndexSearch search;
    private List<String> exchanges;
    private int position;

    ExchangeItemReader(MessageIndex index, RunStore runs, String runId) {
        this.index = index;
        this.runs = runs;
        this.runId = runId;
    }

    @Override
    public void open(ExecutionContext context) {
        Set<String> accounts = new TreeSet<>();
        runs.inputs(runId).forEach(in -> accounts.add(in.account()));
        try {
            search = index.search(true);
            exchanges = new ArrayList<>(search.exchanges(accounts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        position = context.getInt(POSITION, 0);
        LOG.info("detect: {} exchange(s) of {} account(s) to score", exchanges.size(), accounts.size());
    }

    @Override
    public Item read() throws IOException {
        if (position >= exchanges.size()) {
            return null;
        }
        String id = exchanges.get(position++);
        List<IndexedMessage> found = search.exchange(id);
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
