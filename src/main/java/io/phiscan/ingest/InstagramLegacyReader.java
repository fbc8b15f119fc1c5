package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the Instagram data download as it was until late 2020: one {@code messages.json} at the
 * root, an array of conversations ({@code participants} as user names, {@code conversation} as
 * messages with {@code sender}, {@code created_at}, {@code text} and media fields), the owner's
 * {@code profile.json} ({@code username}) and {@code comments.json} ({@code media_comments} rows
 * of time, text and media owner). Recognized by the content of {@code messages.json}; without a
 * profile the owner is the one user in every conversation (or, of several, the one the download
 * is named after: {@code <username>_<yyyymmdd>}). User names are matched without regard to case,
 * as Instagram matches them ({@code Nora.Reads} is {@code nora.reads}). Stateless and thread-safe.
 */
final class InstagramLegacyReader implements ArchiveReader {
    static final String MESSAGES = "messages.json";
    static final String COMMENTS = "comments.json";
    static final String PROFILE = "profile.json";

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        if (!tree.exists(MESSAGES) || !looksLikeConversations(tree)) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        List<IngestRecord.Bad> damaged = new ArrayList<>();
        Author owner = profileOwner(tree, damaged);
        if (owner == null) {
            Set<String> common = commonParticipants(tree);
            String named = namedUser(tree.displayName());
            if (common.size() > 1 && named != null && common.stream().anyMatch(u -> sameUser(u, named))) {
                common = Set.of(common.stream().filter(u -> sameUser(u, named)).findFirst().orElseThrow());
            }
            if (common.size() != 1) {
                owner = ExportFiles.unknownOwner(tree.displayName());
                notes.add("the owner cannot be told (no readable profile.json, and " + common.size() + " users take part in every"
                        + " conversation): the comments are read as the owner's and every message as inbound");
            } else {
                String user = common.iterator().next();
                owner = new Author(user, user, null);
                notes.add("the owner is the one user who takes part in every conversation (no profile.json)"
                        + (named != null && sameUser(owner.handle(), named) ? ", the one the download is named after" : ""));
            }
        } else {
            notes.add("the owner is the user named in profile.json");
        }
        List<String> parts = new ArrayList<>(List.of(MESSAGES));
        if (tree.exists(COMMENTS)) {
            parts.add(COMMENTS);
        }
        notes.add("an Instagram download of the layout used until late 2020: messages.json, comments.json");
        Export export = new InstagramLegacyExport(tree, owner, parts, notes);
        return Optional.of(damaged.isEmpty() ? export : new ReportedExport(export, damaged));
    }

    /** The user a download is named after ({@code <username>_<yyyymmdd>}, as Instagram named its zips), or null. */
    private static String namedUser(String displayName) {
        String base = displayName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceFirst("(?i)\\.zip$", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+)_\\d{8}$").matcher(base);
        return m.matches() ? m.group(1) : null;
    }

    /** The file is a JSON array whose first element has conversations (or is empty). */
    private static boolean looksLikeConversations(ExportTree tree) throws IOException {
        byte[] head = ExportFiles.head(tree, MESSAGES, 4096);
        String s = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return s.startsWith("[") && (s.substring(1).stripLeading().startsWith("]")
                || s.contains("\"conversation\"") || s.contains("\"participants\""));
    }

    /** The owner profile.json names, or null; a damaged profile.json goes to {@code damaged}. */
    private static Author profileOwner(ExportTree tree, List<IngestRecord.Bad> damaged) throws IOException {
        if (!tree.exists(PROFILE)) {
            return null;
        }
        try (InputStream in = tree.open(PROFILE)) {
            JsonNode p = YtdFileCursor.JSON.readTree(in);
            String user = Json.text(p, "username");
            return user == null ? null : new Author(user, user, MetaText.repair(Json.text(p, "name")));
        } catch (JacksonException e) {
            return null;
        } catch (DamagedZipEntryException e) {
            damaged.add(e.notRead(tree, PROFILE));
            return null;
        }
    }

    /** The next element, or none once the file's zip entry turns out damaged. */
    private static JsonArraySplitter.Element nextOrNone(JsonArraySplitter split) throws IOException {
        try {
            return split.next();
        } catch (DamagedZipEntryException e) {
            return null;
        }
    }

    /** Whether two user names are one user's: Instagram user names do not tell case apart. */
    static boolean sameUser(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }

    private static String key(String user) {
        return user.toLowerCase(Locale.ROOT);
    }

    /**
     * The user names in every conversation (each as first written), read one conversation at a
     * time; of a damaged messages.json, in the conversations before the damage (reading it lists it).
     */
    private static Set<String> commonParticipants(ExportTree tree) throws IOException {
        Map<String, String> spelling = new HashMap<>();
        Set<String> common = null;
        try (JsonArraySplitter split = new JsonArraySplitter(new CheckedAtEnd(tree.open(MESSAGES)), 64 << 20)) {
            JsonArraySplitter.Element e;
            while ((e = nextOrNone(split)) != null) {
                if (!e.ok()) {
                    continue;
                }
                Set<String> here = new LinkedHashSet<>();
                try {
                    YtdFileCursor.JSON.readTree(e.bytes()).path("participants").forEach(p -> {
                        spelling.putIfAbsent(key(p.asString()), p.asString());
                        here.add(key(p.asString()));
                    });
                } catch (JacksonException ignored) {
                    continue; // the reading pass reports the broken element with its position
                }
                if (common == null) {
                    common = here;
                } else {
                    common.retainAll(here);
                }
            }
        }
        if (common == null) {
            return Set.of();
        }
        Set<String> users = new LinkedHashSet<>();
        common.forEach(k -> users.add(spelling.get(k)));
        return users;
    }
}
