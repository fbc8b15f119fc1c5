package io.phiscan.generate;

import java.io.IOException;

/**
 * The owner's side of Reddit's public threads: {@code comments.csv}
 * ({@code id, permalink, date, ip, subreddit, gildings, link, parent, body, media}) and
 * {@code posts.csv} ({@code id, permalink, date, ip, subreddit, gildings, title, url, body}).
 */
final class RedditOwnerPosts {
    private static final String[] SUBREDDITS = {"Parenting", "running", "books", "cycling", "gardening", "Cooking", "hiking"};

    private RedditOwnerPosts() {
    }

    static void write(ExportFolder folder, Dice dice, Exchanges talk, Ids ids, int comments, int posts, int part) throws IOException {
        try (CsvParts csv = new CsvParts(folder, "comments", comments, part, CsvParts.RFC4180, false, "id", "permalink", "date", "ip",
                "subreddit", "gildings", "link", "parent", "body", "media")) {
            Timeline time = new Timeline(dice, comments);
            for (int i = 0; i < comments; i++) {
                String id = ids.nextBase36();
                String post = ids.nextBase36();
                String sub = dice.pick(SUBREDDITS);
                String link = "https://www.reddit.com/r/" + sub + "/comments/" + post + "/";
                Person p = Person.invent(dice, false, Person.HandleStyle.REDDIT, "");
                csv.next(1).printRecord(id, link + id + "/", RedditExportWriter.date(time.next()), "", sub, "0", link,
                        dice.chance(0.6) ? "t3_" + post : "t1_" + ids.nextBase36(), talk.comment(p, ""), "");
            }
        }
        try (CsvParts csv = new CsvParts(folder, "posts", posts, part, CsvParts.RFC4180, false, "id", "permalink", "date", "ip",
                "subreddit", "gildings", "title", "url", "body")) {
            Timeline time = new Timeline(dice, posts);
            for (int i = 0; i < posts; i++) {
                String id = ids.nextBase36();
                String sub = dice.pick(SUBREDDITS);
                String body = talk.post(false);
                int stop = body.indexOf(". ");
                String title = stop > 10 && stop < 90 ? body.substring(0, stop) : body.substring(0, Math.min(body.length(), 60));
                String permalink = "https://www.reddit.com/r/" + sub + "/comments/" + id + "/";
                csv.next(1).printRecord(id, permalink, RedditExportWriter.date(time.next()), "", sub, "0", title, permalink, body);
            }
        }
    }
}
