package io.phiscan.job;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a synthetic X "Your archive" folder (data/account.js, data/tweets.js,
 * data/direct-messages.js in the current layout) with invented people and messages: mostly
 * small talk, and every {@code clinicalEvery}-th DM conversation a parent asking about a sick
 * child, so that audits have findings. The same arguments always give the same files.
 */
final class SyntheticXArchive {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter TWEET_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String[] SMALL_TALK = {"Is the office open on Saturday?", "Thanks for the book recommendation.",
        "Congrats on the award!", "Can we move our coffee to Tuesday?"};
    private static final String[] REPLIES = {"Saturday 9 to noon.", "You're welcome.", "Thank you!", "Tuesday works."};

    private SyntheticXArchive() {
    }

    /** Writes an archive of about {@code messages} messages for the owner {@code handle}. */
    static Path write(Path dir, String handle, long ownerId, int messages, int clinicalEvery, int seed) throws IOException {
        Random rng = new Random(seed);
        String owner = Long.toString(ownerId);
        long id = 1_500_000_000_000_000_000L + seed * 1_000_000_000_000L;
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<Object> tweets = new ArrayList<>();
        int nTweets = messages * 2 / 5;
        for (int i = 0; i < nTweets; i++) {
            id += 1 + rng.nextInt(1_000_000);
            tweets.add(Map.of("tweet", tweet(id, "Clinic news number " + i + ": flu shots at the front desk.",
                    start.plusSeconds(rng.nextInt(300 * 86_400)))));
        }
        List<Object> conversations = new ArrayList<>();
        int left = messages - nTweets;
        for (int c = 0; left > 0; c++) {
            String person = Long.toString(900_000_000L + seed * 100_000L + rng.nextInt(5_000));
            Instant at = start.plusSeconds(rng.nextInt(300 * 86_400));
            List<String[]> lines = new ArrayList<>();
            if (clinicalEvery > 0 && c % clinicalEvery == 0) {
                lines.add(new String[] {person, "Hi doctor, you saw my son Leo on Tuesday and now he has a fever of 102."});
                lines.add(new String[] {person, "Should I keep giving the amoxicillin 5 ml twice a day? DOB 04/12/2016."});
                lines.add(new String[] {owner, "Yes, keep giving the amoxicillin 5 ml and bring him in if the fever lasts."});
            } else {
                int k = rng.nextInt(SMALL_TALK.length);
                lines.add(new String[] {person, SMALL_TALK[k]});
                lines.add(new String[] {owner, REPLIES[k]});
            }
            List<Object> msgs = new ArrayList<>();
            for (String[] line : lines.subList(0, Math.min(lines.size(), left))) {
                id += 1 + rng.nextInt(1_000_000);
                at = at.plusSeconds(60 + rng.nextInt(3_600));
                msgs.add(0, Map.of("messageCreate", dm(id, line[0], line[0].equals(owner) ? person : owner, line[1], at)));
            }
            left -= msgs.size();
            long a = Long.parseLong(person);
            String conversation = Math.min(a, ownerId) + "-" + Math.max(a, ownerId);
            conversations.add(Map.of("dmConversation", Map.of("conversationId", conversation, "messages", msgs)));
        }
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("username", handle);
        account.put("accountId", owner);
        account.put("accountDisplayName", "Dr. " + handle.substring(2));
        Files.createDirectories(dir.resolve("data"));
        js(dir.resolve("data/account.js"), "account", List.of(Map.of("account", account)));
        js(dir.resolve("data/tweets.js"), "tweets", tweets);
        js(dir.resolve("data/direct-messages.js"), "direct_messages", conversations);
        return dir;
    }

    private static Map<String, Object> tweet(long id, String text, Instant at) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("entities", Map.of("hashtags", List.of(), "symbols", List.of(), "user_mentions", List.of(), "urls", List.of()));
        t.put("display_text_range", List.of("0", Integer.toString(text.length())));
        t.put("id_str", Long.toString(id));
        t.put("id", Long.toString(id));
        t.put("created_at", TWEET_TIME.format(at));
        t.put("full_text", text);
        t.put("lang", "en");
        return t;
    }

    private static Map<String, Object> dm(long id, String sender, String recipient, String text, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recipientId", recipient);
        m.put("reactions", List.of());
        m.put("urls", List.of());
        m.put("text", text);
        m.put("mediaUrls", List.of());
        m.put("senderId", sender);
        m.put("id", Long.toString(id));
        m.put("createdAt", at.toString().replace("Z", ".000Z").replaceAll("\\.(\\d{3})\\.000Z", ".$1Z"));
        m.put("editHistory", List.of());
        return m;
    }

    private static void js(Path file, String name, List<Object> elements) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("window.YTD." + name + ".part0 = ");
            w.write(JSON.writeValueAsString(elements));
        }
    }
}
