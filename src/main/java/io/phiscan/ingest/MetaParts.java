package io.phiscan.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a Facebook or Instagram "Download Your Information" export that hold messages,
 * posts or comments, found by path pattern (from the export's root, so that a folder holding
 * several exports is not taken for one) in every root Meta has used ({@code messages/},
 * {@code your_activity_across_facebook/messages/}, {@code your_facebook_activity/messages/},
 * {@code your_instagram_activity/messages/}) and every section ({@code inbox},
 * {@code archived_threads}, {@code filtered_threads}, {@code message_requests},
 * {@code e2ee_cutover}). Only {@code message_N.json}/{@code .html} inside a thread folder is a
 * thread part, so settings files next to them ({@code secret_conversations.json},
 * {@code autofill_information.json}, …) are never read as threads. Names are compared with
 * their case: {@code FooBar_1/} and {@code foobar_1/} are two threads. Immutable.
 */
final class MetaParts {

    /** What a part holds and how it is read. */
    enum Kind {
        THREAD_JSON, THREAD_HTML, LEGACY_HTML, SECURE_JSON, POSTS_JSON, COMMENTS_JSON, IG_COMMENTS_JSON,
        POSTS_HTML, COMMENTS_HTML, IG_COMMENTS_HTML
    }

    private static final String ROOTS = "(?:your_activity_across_facebook/|your_facebook_activity/|your_instagram_activity/)?";
    static final Pattern THREAD = Pattern.compile("^" + ROOTS + "messages/((?:inbox|archived_threads|filtered_threads"
            + "|message_requests|e2ee_cutover)/[^/]+)/message_(\\d+)\\.(json|html)$");
    private static final Pattern LEGACY_INDEX = Pattern.compile("^html/messages\\.html?$");
    private static final Pattern LEGACY_THREAD = Pattern.compile("^messages/(\\d+)\\.html$");
    private static final Pattern FB_POSTS = Pattern.compile("^" + ROOTS + "posts/your_posts[^/]*\\.(json|html)$");
    private static final Pattern FB_COMMENTS = Pattern.compile("^" + ROOTS + "(?:comments|comments_and_reactions)/comments\\.(json|html)$");
    private static final Pattern IG_COMMENTS = Pattern.compile("^" + ROOTS + "comments/(?:post_comments(?:_\\d+)?|reels_comments)\\.(json|html)$");
    private static final Pattern PART_NUMBER = Pattern.compile("_(\\d+)\\.(?:json|html)$");

    private final Map<String, Kind> parts;
    private final Map<String, String> conversations;

    private MetaParts(Map<String, Kind> parts, Map<String, String> conversations) {
        this.parts = parts;
        this.conversations = conversations;
    }

    /** Every message, post and comment file of the tree; Instagram comment files only when {@code instagram}. */
    static MetaParts scan(ExportTree tree, boolean instagram) {
        Map<String, Kind> parts = new LinkedHashMap<>();
        Map<String, String> conversations = new LinkedHashMap<>();
        boolean legacyThreads = tree.entries().stream().anyMatch(e -> LEGACY_THREAD.matcher(e).find());
        for (String e : tree.entries()) {
            Matcher t = THREAD.matcher(e);
            if (t.find()) {
                parts.put(e, t.group(3).equals("json") ? Kind.THREAD_JSON : Kind.THREAD_HTML);
                conversations.put(e, t.group(1));
                continue;
            }
            Matcher legacy = LEGACY_THREAD.matcher(e);
            if (!instagram && legacy.find()) {
                parts.put(e, Kind.LEGACY_HTML);
                conversations.put(e, "messages/" + legacy.group(1));
            } else if (!instagram && !legacyThreads && LEGACY_INDEX.matcher(e).find()) {
                parts.put(e, Kind.LEGACY_HTML);
                conversations.put(e, "messages.htm");
            } else if (instagram) {
                Matcher c = IG_COMMENTS.matcher(e);
                if (c.find()) {
                    parts.put(e, c.group(1).equals("json") ? Kind.IG_COMMENTS_JSON : Kind.IG_COMMENTS_HTML);
                }
            } else {
                Matcher p = FB_POSTS.matcher(e);
                Matcher c = FB_COMMENTS.matcher(e);
                if (p.find()) {
                    parts.put(e, p.group(1).equals("json") ? Kind.POSTS_JSON : Kind.POSTS_HTML);
                } else if (c.find()) {
                    parts.put(e, c.group(1).equals("json") ? Kind.COMMENTS_JSON : Kind.COMMENTS_HTML);
                }
            }
        }
        return new MetaParts(parts, conversations);
    }

    /** A tree of secure-storage thread files: each is its own conversation, named after the file. */
    static MetaParts secure(List<String> files) {
        Map<String, Kind> parts = new LinkedHashMap<>();
        Map<String, String> conversations = new LinkedHashMap<>();
        for (String f : files) {
            parts.put(f, Kind.SECURE_JSON);
            String name = f.substring(f.lastIndexOf('/') + 1);
            conversations.put(f, "e2ee/" + name.substring(0, name.length() - ".json".length()));
        }
        return new MetaParts(parts, conversations);
    }

    boolean has(Kind kind) {
        return parts.containsValue(kind);
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** These parts without the HTML threads of folders that also hold JSON (the same messages twice). */
    MetaParts preferringJson() {
        List<String> jsonThreads = parts.entrySet().stream().filter(e -> e.getValue() == Kind.THREAD_JSON)
                .map(e -> conversations.get(e.getKey())).toList();
        Map<String, Kind> kept = new LinkedHashMap<>(parts);
        kept.entrySet().removeIf(e -> e.getValue() == Kind.THREAD_HTML && jsonThreads.contains(conversations.get(e.getKey())));
        return new MetaParts(kept, conversations);
    }

    /** The parts with their kinds, threads first, each thread's parts in number order (message_1, message_2, …, message_10). */
    Map<String, Kind> ordered() {
        List<String> names = new ArrayList<>(parts.keySet());
        names.sort(Comparator.comparing((String e) -> parts.get(e)).thenComparing(MetaParts::folder)
                .thenComparingLong(MetaParts::number).thenComparing(e -> e));
        Map<String, Kind> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, parts.get(n)));
        return out;
    }

    /** The conversation a thread part belongs to ({@code inbox/<slug>_<id>}), or {@code null}. */
    String conversation(String part) {
        return conversations.get(part);
    }

    /** The first part of every thread (message_1 or the lowest number found), by conversation. */
    Map<String, String> firstParts() {
        Map<String, String> first = new LinkedHashMap<>();
        for (String part : ordered().keySet()) {
            String c = conversations.get(part);
            if (c != null) {
                first.putIfAbsent(c, part);
            }
        }
        return first;
    }

    private static String folder(String entry) {
        int slash = entry.lastIndexOf('/');
        return slash < 0 ? "" : entry.substring(0, slash);
    }

    private static long number(String entry) {
        Matcher m = PART_NUMBER.matcher(entry);
        return m.find() && m.group(1).length() < 10 ? Long.parseLong(m.group(1)) : 0;
    }
}
