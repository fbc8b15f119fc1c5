package io.phiscan.ingest;

import io.phiscan.model.Message;
import io.phiscan.model.SourceRef;
import java.util.Objects;

/** What reading one record of an export gives. */
public sealed interface IngestRecord {

    SourceRef source();

    /** A message read whole. */
    record Read(Message message) implements IngestRecord {
        public Read {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public SourceRef source() {
            return message.source();
        }
    }

    /** A message that is present but encrypted: counted, never readable. */
    record Encrypted(SourceRef source, String conversationId) implements IngestRecord {
    }

    /** A record that could not be read, and why (never quoting message text). */
    record Bad(SourceRef source, String reason) implements IngestRecord {
        public Bad {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        /** The failure as an exception that names file and position. */
        public ArchiveFormatException toException() {
            return new ArchiveFormatException(source.export(), source.entry(), source.position(), reason, null);
        }
    }
}
