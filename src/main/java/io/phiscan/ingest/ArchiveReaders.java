package io.phiscan.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Every reader phiscan has, and recognition of an export against all of them. */
public final class ArchiveReaders {
    /** The longest account the workspace keeps (its database's {@code account} columns). */
    static final int LONGEST_ACCOUNT = 200;

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

    /**
     * The export in the tree, as the first reader that recognizes it reads it. One whose owner's
     * account is longer than {@link #LONGEST_ACCOUNT} (no platform allows such a name: the file
     * that names the owner is damaged) cannot be read.
     */
    public static Optional<Export> recognize(ExportTree tree) throws IOException {
        for (ArchiveReader reader : all()) {
            Optional<Export> export = reader.recognize(tree);
            if (export.isPresent()) {
                int length = export.get().account().length();
                if (length > LONGEST_ACCOUNT) {
                    throw new ArchiveFormatException(tree.displayName(), null, "an export whose owner cannot be told:"
                            + " the account that names its owner is " + length + " characters long, longer than any"
                            + " account (at most " + LONGEST_ACCOUNT + " are kept)", null);
                }
                return export;
            }
        }
        return Optional.empty();
    }
}
