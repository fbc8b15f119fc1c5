package io.phiscan.ingest;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads Instagram data downloads in HTML: direct-message threads and comments. The platform is
 * told by the files only Instagram writes ({@link MetaRecognizer#isInstagram}); the owner as
 * {@link MetaOwnerRule} says. Stateless and thread-safe.
 */
final class InstagramHtmlReader implements ArchiveReader {

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        return MetaRecognizer.recognize(tree, Platform.INSTAGRAM, false);
    }
}
