package io.phiscan.index;

import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import java.io.IOException;
import java.util.List;

/** Where the ingest step writes messages: the workspace's index, or a worker's shard of it. */
public interface MessageSink {

    /** Adds the message as written by a run, or replaces the document already under its id. */
    void upsert(Message message, List<Signal> signals, String runId) throws IOException;

    /**
     * Writes the message as written by a run unless it is already held with the same content and signals.
     *
     * @return whether the message was written
     */
    boolean upsertIfChanged(Message message, List<Signal> signals, String runId) throws IOException;

    /** Records that messages annotated under a fingerprint were written (kept at the next commit). */
    void wroteAnnotatedWith(String fingerprint);

    /** Makes everything written so far durable. */
    void commit() throws IOException;
}
