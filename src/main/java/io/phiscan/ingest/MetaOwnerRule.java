package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Tells who owns a Meta export. The rule, in order:
 * <ol>
 * <li>the profile file: Facebook {@code profile_information/profile_information.json}
 * ({@code profile_v2.name.full_name}, older {@code profile.name.full_name}), or the heading of
 * the 2017 {@code html/messages.htm} ({@code div.contents > h1}); Instagram
 * {@code personal_information/personal_information.json} ({@code profile_user[0].string_map_data},
 * whose keys are localized: "Name"/"Naam"/"Nom"/… and "Username"/"Gebruikersnaam"/…);</li>
 * <li>otherwise the people who take part in every thread (from each thread's participants);
 * when that leaves more than one, those whose name is the folder or file name of a one-to-one
 * thread ({@code mariagonzalez_1234/} is Maria González's thread with the owner) are not the
 * owner;</li>
 * <li>otherwise the owner is unknown.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class MetaOwnerRule {
    private static final Pattern FB_PROFILE = Pattern.compile("^(?:personal_information/)?profile_information/profile_information\\.json$");
    private static final Pattern IG_PROFILE = Pattern.compile("^personal_information/(?:personal_information/)?personal_information\\.json$");
    private static final Set<String> NAME_KEYS = Set.of("name", "naam", "nom", "nombre", "nome", "imię", "isim", "navn", "namn", "nimi");
    private static final Set<String> USER_KEYS = Set.of("username", "gebruikersnaam", "nom d'utilisateur", "nom d’utilisateur",
            "nombre de usuario", "nome utente", "nome de usuário", "benutzername", "nazwa użytkownika", "kullanıcı adı",
            "brukernavn", "användarnamn", "käyttäjänimi");
    private static final long MAX_PROFILE_BYTES = 16L << 20;

    private MetaOwnerRule() {
    }

    /** The owner of the export whose threads are {@code parts}; a profile file whose zip entry is damaged goes to {@code damaged}. */
    static MetaOwner resolve(ExportTree tree, boolean instagram, MetaParts parts, List<IngestRecord.Bad> damaged)
            throws IOException {
        int listed = damaged.size();
        Author fromProfile = instagram ? instagramProfile(tree, damaged) : facebookProfile(tree, damaged);
        String noProfile = damaged.size() > listed ? "the profile file does not read" : "no profile file in the export";
        if (fromProfile != null) {
            return new MetaOwner(fromProfile, true, instagram, "owner named by the export itself (its profile file, or the heading of html/messages.htm)");
        }
        Map<String, String> firsts = parts.firstParts();
        Set<String> common = null;
        List<List<String>> threads = new ArrayList<>();
        for (var e : firsts.entrySet()) {
            List<String> people = MetaThreadHeads.participants(tree, e.getValue(), parts);
            if (people.isEmpty()) {
                continue;
            }
            threads.add(people);
            if (common == null) {
                common = new LinkedHashSet<>(people);
            } else {
                common.retainAll(people);
            }
            if (people.size() == 2) {
                String folder = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
                String slug = MetaOwner.normalize(folder.replaceFirst("_\\d+$", ""));
                if (common.size() > 1) {
                    common.removeIf(name -> MetaOwner.normalize(name).equals(slug));
                }
            }
        }
        if (common != null && common.size() == 1) {
            String name = common.iterator().next();
            return new MetaOwner(new Author(null, null, name), true, instagram,
                    "owner told as the one participant of all " + threads.size() + " thread(s): " + noProfile);
        }
        return MetaOwner.unknown(tree.displayName(), instagram, "the owner cannot be told (" + noProfile + ", and "
                + (common == null || common.isEmpty() ? "no one takes part in every thread" : common.size()
                + " people take part in every thread") + "): every message is read as inbound");
    }

    private static Author facebookProfile(ExportTree tree, List<IngestRecord.Bad> damaged) throws IOException {
        if (tree.exists("html/messages.htm")) {
            // a CRC-32 failure at the file's end is listed when the file is read as a part
            try (InputStream in = new CheckedAtEnd(tree.open("html/messages.htm"))) {
                String name = MetaHtmlHead.heading(in, tree.displayName());
                if (name != null) {
                    return new Author(null, null, name);
                }
            } catch (DamagedZipEntryException e) {
                damaged.add(e.notRead(tree, "html/messages.htm"));
            }
        }
        JsonNode root = read(tree, FB_PROFILE, damaged);
        if (root == null) {
            return null;
        }
        JsonNode profile = root.has("profile_v2") ? root.get("profile_v2") : root.path("profile");
        String name = MetaJson.text(profile.path("name"), "full_name");
        return name == null ? null : new Author(null, null, name);
    }

    private static Author instagramProfile(ExportTree tree, List<IngestRecord.Bad> damaged) throws IOException {
        JsonNode root = read(tree, IG_PROFILE, damaged);
        if (root == null) {
            return null;
        }
        JsonNode user = root.path("profile_user").path(0).path("string_map_data");
        String name = null;
        String handle = null;
        for (var field : user.properties()) {
            String key = MetaText.repair(field.getKey()).strip().toLowerCase(java.util.Locale.ROOT);
            String value = MetaJson.text(field.getValue(), "value");
            if (value == null) {
                continue;
            }
            if (NAME_KEYS.contains(key) && name == null) {
                name = value;
            } else if (USER_KEYS.contains(key) && handle == null) {
                handle = value.startsWith("@") ? value.substring(1) : value;
            }
        }
        return name == null && handle == null ? null : new Author(null, handle, name);
    }

    private static JsonNode read(ExportTree tree, Pattern file, List<IngestRecord.Bad> damaged) throws IOException {
        for (String e : tree.entries()) {
            if (file.matcher(e).find() && tree.size(e) <= MAX_PROFILE_BYTES) {
                try (CheckedAtEnd in = new CheckedAtEnd(tree.open(e))) {
                    JsonNode root = YtdFileCursor.JSON.readTree(in);
                    if (in.failure() != null) {
                        // every byte came and parsed: the owner is read, the file listed
                        damaged.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), e, ""), in.failure().reason()));
                    }
                    return root;
                } catch (JacksonException ex) {
                    // the owner is then told from the threads; the file is listed, not passed over
                    var at = ex.getLocation();
                    damaged.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), e, at == null || at.getLineNr() < 1
                            ? "" : "line " + at.getLineNr()), YtdFileCursor.describe(ex, 1)
                            + "; the profile file was not read, and the owner was told without it"));
                    return null;
                } catch (DamagedZipEntryException ex) {
                    damaged.add(ex.notRead(tree, e));
                    return null;
                }
            }
        }
        return null;
    }
}
