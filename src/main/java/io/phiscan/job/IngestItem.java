package io.phiscan.job;

import io.phiscan.ingest.IngestRecord;
import io.phiscan.model.Signal;
import java.util.List;

/** A record on its way to the index: a message with its signals, or an encrypted message to count. */
record IngestItem(String export, String part, IngestRecord record, List<Signal> signals) {
    IngestItem {
        signals = List.copyOf(signals);
    }
}
