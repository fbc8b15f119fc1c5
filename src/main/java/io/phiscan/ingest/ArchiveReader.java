package io.phiscan.ingest;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads one platform's export format. Implementations are package-private, stateless and
 * thread-safe; {@link ArchiveReaders#all()} lists them.
 */
public interface ArchiveReader {

    /** The platform this reader's exports come from. */
    Platform platform();

    /**
     * Looks at the tree's content (not only its file names) and, when it is an export in this
     * reader's format, returns it ready to be read part by part.
     *
     * @param tree an export's files; the tree stays owned by the caller
     * @return the export, or empty when the tree is not in this reader's format
     * @throws ArchiveFormatException when it is this format but cannot be read at all
     */
    Optional<Export> recognize(ExportTree tree) throws IOException;
}
