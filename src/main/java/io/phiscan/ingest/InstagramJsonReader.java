package io.phiscan.ingest;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads Instagram data downloads in JSON (2020 onwards, both roots): direct-message threads and
 * comments ({@code post_comments_N.json}, {@code reels_comments.json}). The platform is told by
 * the files only Instagram writes ({@link MetaRecognizer#isInstagram}); the owner as
 * {@link MetaOwnerRule} says. Stateless and thread-safe.
 */
final class InstagramJsonReader implements ArchiveReader {

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        return MetaRecognizer.recognize(tree, Platform.INSTAGRAM, true);
    }
}
