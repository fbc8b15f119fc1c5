package io.phiscan.ingest;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads Facebook "Download Your Information" exports in HTML, every layout from the 2017
 * {@code html/messages.htm} to the 2024+ {@code section._a6-g} files: Messenger threads, posts and
 * comments. The platform is told by the files only Instagram writes
 * ({@link MetaRecognizer#isInstagram}); the owner as {@link MetaOwnerRule} says. Stateless and
 * thread-safe.
 */
final class FacebookHtmlReader implements ArchiveReader {

    @Override
    public Platform platform() {
        return Platform.FACEBOOK;
    }

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        return MetaRecognizer.recognize(tree, Platform.FACEBOOK, false);
    }
}
