package io.phiscan.ingest;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads Facebook "Download Your Information" exports in JSON (2018 onwards): Messenger threads in
 * every root and section, posts ({@code your_posts*.json}) and comments ({@code comments.json}).
 * The platform is told by the files only Instagram writes ({@link MetaRecognizer#isInstagram});
 * the owner as {@link MetaOwnerRule} says. Stateless and thread-safe.
 */
final class FacebookJsonReader implements ArchiveReader {

    @Override
    public Platform platform() {
        return Platform.FACEBOOK;
    }

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        return MetaRecognizer.recognize(tree, Platform.FACEBOOK, true);
    }
}
