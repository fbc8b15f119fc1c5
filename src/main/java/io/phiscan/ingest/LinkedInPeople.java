package io.phiscan.ingest;

import io.phiscan.model.Author;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of a LinkedIn export: the owner, and the profile URL of each connection by name
 * (so that messages of exports made before LinkedIn added profile URLs to {@code messages.csv}
 * still name people by their profile). A person is an {@link Author} with the profile's slug
 * ({@code /in/<slug>}) as handle and the display name as name. Read-only once built; thread-safe.
 */
final class LinkedInPeople {
    private static final Pattern SLUG = Pattern.compile("linkedin\\.com/in/([^/?#\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIX = Pattern.compile(
            "M\\.?D\\.?|Ph\\.?D\\.?|D\\.?O\\.?|RN|NP|PA(?:-C)?|DDS|DMD|MBA|MPH|FAAP|CPA|Esq\\.?|Jr\\.?|Sr\\.?|II|III|IV");

    private final Author owner;
    private final Map<String, String> urlByName;

    LinkedInPeople(Author owner, Map<String, String> urlByName) {
        this.owner = owner;
        this.urlByName = Map.copyOf(urlByName);
    }

    Author owner() {
        return owner;
    }

    /** The profile slug of a LinkedIn URL ({@code https://www.linkedin.com/in/lena-okafor-md/} → {@code lena-okafor-md}). */
    static String slug(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        Matcher m = SLUG.matcher(url);
        if (m.find()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        return url.strip().replaceFirst("^https?://", "").replaceFirst("/$", "");
    }

    /** Adds connections' URLs by full name; a name two connections share is dropped as ambiguous. */
    static void addConnection(Map<String, String> urlByName, String first, String last, String url) {
        String name = fullName(first, last);
        if (name == null || url == null) {
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);
        String before = urlByName.putIfAbsent(key, url);
        if (before != null && !before.equals(url)) {
            urlByName.put(key, "");
        }
    }

    static String fullName(String first, String last) {
        String n = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return n.isEmpty() ? null : n;
    }

    /** The person a name and (possibly absent) profile URL denote; {@code null} when both are absent. */
    Author person(String name, String url) {
        String u = url;
        if ((u == null || u.isBlank()) && name != null) {
            u = urlByName.get(name.strip().toLowerCase(Locale.ROOT));
        }
        String slug = u == null || u.isEmpty() ? null : slug(u);
        if (slug == null && (name == null || name.isBlank())) {
            return null;
        }
        Author a = new Author(null, slug, name);
        return isOwner(a) ? owner.mergedWith(a) : a;
    }

    /** Whether a person is the owner: same profile slug, or same name when a slug is missing. */
    boolean isOwner(Author a) {
        if (a.handle() != null && owner.handle() != null) {
            return a.handle().equalsIgnoreCase(owner.handle());
        }
        return a.name() != null && owner.name() != null && a.name().equalsIgnoreCase(owner.name());
    }

    /**
     * The recipients of a message: {@code RECIPIENT PROFILE URLS} (comma-joined, no space) paired
     * with the names of {@code TO} (joined with ", ", while names may themselves hold ", " as in
     * "Jane Doe, MD"); exports made before the URLs existed give names only.
     */
    List<Author> recipients(String to, String urls) {
        List<String> links = new ArrayList<>();
        if (urls != null) {
            for (String u : urls.split("[,;\\s]+")) {
                if (!u.isBlank()) {
                    links.add(u.strip());
                }
            }
        }
        List<String> names = splitNames(to, links.size());
        List<Author> out = new ArrayList<>();
        if (!links.isEmpty()) {
            for (int i = 0; i < links.size(); i++) {
                String name = names.size() == links.size() ? names.get(i) : null;
                out.add(person(name, links.get(i)));
            }
        } else {
            for (String name : names) {
                out.add(person(name, null));
            }
        }
        out.removeIf(a -> a == null);
        return out;
    }

    private static List<String> splitNames(String to, int expected) {
        if (to == null || to.isBlank()) {
            return List.of();
        }
        if (expected == 1) {
            return List.of(to.strip());
        }
        List<String> names = new ArrayList<>();
        for (String part : to.split(",\\s*")) {
            if (!names.isEmpty() && SUFFIX.matcher(part.strip()).matches()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + ", " + part.strip());
            } else if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }

    /** A map of profile URLs by name, to be filled from {@code Connections.csv}. */
    static Map<String, String> newDirectory() {
        return new HashMap<>();
    }
}
