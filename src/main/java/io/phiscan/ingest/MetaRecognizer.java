package io.phiscan.ingest;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the Facebook and Instagram readers share: telling the two platforms apart by the files
 * only one of them writes, choosing the parts, telling the owner, and writing the notes for the
 * run summary. Stateless and thread-safe.
 */
final class MetaRecognizer {
    private static final Pattern INSTAGRAM = Pattern.compile("^(?:your_instagram_activity/|personal_information/"
            + "(?:personal_information/)?personal_information\\.json$|comments/post_comments|(?:connections/)?followers_and_following/"
            + "|content/posts_\\d+\\.json$|media/posts/|logged_information/)");
    private static final Set<MetaParts.Kind> JSON = EnumSet.of(MetaParts.Kind.THREAD_JSON, MetaParts.Kind.POSTS_JSON,
            MetaParts.Kind.COMMENTS_JSON, MetaParts.Kind.IG_COMMENTS_JSON);
    static final String LOCAL_TIME_NOTE = "HTML dates carry no time zone: they are read as UTC and every such message is"
            + " marked local time";

    private MetaRecognizer() {
    }

    /** Whether the tree holds files only Instagram writes. */
    static boolean isInstagram(ExportTree tree) {
        return tree.entries().stream().anyMatch(e -> INSTAGRAM.matcher(e).find());
    }

    /**
     * The export in the tree for a reader of {@code platform} that reads JSON ({@code json}) or
     * HTML exports: JSON when the tree has any JSON part, HTML when it has only HTML parts.
     */
    static Optional<Export> recognize(ExportTree tree, Platform platform, boolean json) throws IOException {
        boolean instagram = platform == Platform.INSTAGRAM;
        if (isInstagram(tree) != instagram) {
            return Optional.empty();
        }
        MetaParts parts = MetaParts.scan(tree, instagram);
        if (parts.isEmpty() || JSON.stream().anyMatch(parts::has) != json) {
            return Optional.empty();
        }
        MetaParts read = parts.preferringJson();
        List<String> notes = new ArrayList<>();
        int doubled = parts.ordered().size() - read.ordered().size();
        if (doubled > 0) {
            notes.add(doubled + " HTML thread file(s) hold threads the export also has in JSON: the JSON was read");
        }
        if (read.has(MetaParts.Kind.THREAD_HTML) || read.has(MetaParts.Kind.LEGACY_HTML) || read.has(MetaParts.Kind.POSTS_HTML)
                || read.has(MetaParts.Kind.COMMENTS_HTML) || read.has(MetaParts.Kind.IG_COMMENTS_HTML)) {
            notes.add(LOCAL_TIME_NOTE);
        }
        if (!instagram) {
            notes.add("Messenger chats that were end-to-end encrypted (from 2024) are not in this download:"
                    + " audit the separate secure-storage download as well");
        }
        String layout = json ? layout(tree, platform) : platform.id() + "-html-" + htmlGeneration(tree, read);
        return Optional.of(build(tree, platform, layout, read, notes));
    }

    /** The export, with its owner told; a profile file whose zip entry is damaged is listed as skipped. */
    static Export build(ExportTree tree, Platform platform, String layout, MetaParts parts, List<String> notes)
            throws IOException {
        List<IngestRecord.Bad> damaged = new ArrayList<>();
        MetaOwner owner = MetaOwnerRule.resolve(tree, platform == Platform.INSTAGRAM, parts, damaged);
        List<String> all = new ArrayList<>();
        all.add(owner.how());
        all.addAll(notes);
        Export export = new MetaExport(tree, platform, layout, owner, parts, all);
        return damaged.isEmpty() ? export : new ReportedExport(export, damaged);
    }

    /** The layout of the first HTML thread file's first block (2017, 2018, 2022, 2024), or "unknown". */
    private static String htmlGeneration(ExportTree tree, MetaParts parts) throws IOException {
        for (String part : parts.ordered().keySet()) {
            try (InputStream in = tree.open(part)) {
                String generation = MetaHtmlHead.peek(in, tree.displayName()).generation();
                if (generation != null) {
                    return generation;
                }
            } catch (IOException | ArchiveFormatException e) {
                // tells nothing; reading the file lists it as skipped, saying why
            }
        }
        return "unknown";
    }

    private static String layout(ExportTree tree, Platform platform) {
        String kind = platform.id() + "-json-";
        List<String> entries = tree.entries();
        if (entries.stream().anyMatch(e -> e.startsWith("your_facebook_activity/") || e.startsWith("your_instagram_activity/"))) {
            return kind + (platform == Platform.INSTAGRAM ? "2024" : "2025");
        }
        if (entries.stream().anyMatch(e -> e.startsWith("your_activity_across_facebook/"))) {
            return kind + "2024";
        }
        if (entries.stream().anyMatch(e -> MetaParts.THREAD.matcher(e).find())) {
            return kind + (platform == Platform.INSTAGRAM ? "2020" : "2018");
        }
        return kind + "2017";
    }
}
