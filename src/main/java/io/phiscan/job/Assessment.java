package io.phiscan.job;

import io.phiscan.index.IndexedMessage;
import io.phiscan.model.Finding;
import java.util.List;

/**
 * An exchange scored: the finding it is, or {@code null} when it is not one, and the messages
 * whose signals changed under the run's policy (a rescan re-annotates; an audit never does).
 */
record Assessment(String exchangeId, Finding finding, List<IndexedMessage> reannotated) {
    Assessment {
        reannotated = List.copyOf(reannotated);
    }
}
