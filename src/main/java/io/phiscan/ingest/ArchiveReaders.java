package io.phiscan.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Every reader phiscan has, and recognition of an export against all of them. */
public final class ArchiveReaders {
    private ArchiveReaders() {
    }

    /** Every reader, most specific first. */
    public static List<ArchiveReader> all() {
        return List.of(
                new TwitterArchiveReader(),
                new GrailbirdArchiveReader(),
                new MastodonArchiveReader(),
                new LinkedInExportReader(),
                new RedditExportReader(),
                new InstagramJsonReader(),
                new InstagramHtmlReader(),
                new InstagramLegacyReader(),
                new FacebookJsonReader(),
                new FacebookHtmlReader(),
                new FacebookSecureStorageReader());
    }

    /** The export in the tree, as the first reader that recognizes it reads it. */
    public static Optional<Export> recognize(ExportTree tree) throws IOException {
        for (ArchiveReader reader : all()) {
            Optional<Export> export = reader.recognize(tree);
            if (export.isPresent()) {
                return export;
            }
        }
        return Optional.empty();
    }
}
