package io.phiscan.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Messenger's and Instagram's system lines from what people wrote. Meta writes events as
 * message {@code content}, in the account's language: "Maria sent an attachment.", "You sent a
 * photo.", "Maria joined the group.", "Reacted ❤ to your message", "Liked a message", "This poll
 * is no longer available.". Such lines are never indexed as text. A line counts as a system line
 * only when it has the exact English wording and, where it names who acted, that is the
 * message's sender or "You"; so "I called you" typed by a person stays text, and so does a
 * system line in another language. Stateless and thread-safe.
 */
final class MetaSystemLines {
    private MetaSystemLines() {
    }

    private static final String ACTOR = "(?<actor>.{1,120}?) ";

    /** Lines that say an attachment was sent: the message is kept, without text. */
    private static final Pattern SENT = Pattern.compile("^" + ACTOR + "sent (?:an? |\\d+ )?(?:attachment|photo|video|link"
            + "|GIF|gif|sticker|voice message|audio clip|file|location|live location|post|reel|story)s?\\.?$");

    private static final Pattern KIND = Pattern.compile(" sent (?:an? |\\d+ )?([A-Za-z]+(?: [a-z]+)?)s?\\.?$");

    /** Lines that are events only, naming who acted. */
    private static final List<Pattern> ACTED = List.of(
            Pattern.compile("^" + ACTOR + "reacted .{1,16} to (?:your|a|their|his|her) message\\.?$"),
            Pattern.compile("^" + ACTOR + "liked a message\\.?$"),
            Pattern.compile("^" + ACTOR + "(?:joined|left) the (?:group|conversation|chat)\\.?$"),
            Pattern.compile("^" + ACTOR + "(?:added|removed) .{1,200} (?:to|from) the (?:group|conversation|chat)\\.?$"),
            Pattern.compile("^" + ACTOR + "(?:named|renamed) the (?:group|conversation|chat)\\b.*$"),
            Pattern.compile("^" + ACTOR + "changed the (?:group photo|chat theme|theme|group name)\\b.*$"),
            Pattern.compile("^" + ACTOR + "(?:set|cleared) (?:the|your|his|her|their|the group's) (?:nickname|emoji|quick reaction)\\b.*$"),
            Pattern.compile("^" + ACTOR + "(?:started|joined|ended) (?:a |the )?(?:video chat|call|audio call|video call)\\.?$"),
            Pattern.compile("^" + ACTOR + "(?:called you|missed (?:your|a) (?:video )?call)\\.?$"),
            Pattern.compile("^" + ACTOR + "(?:missed a (?:video )?call from .{1,120})\\.?$"),
            Pattern.compile("^" + ACTOR + "waved at you!?$"),
            Pattern.compile("^" + ACTOR + "unsent a message\\.?$"),
            Pattern.compile("^" + ACTOR + "created (?:a|the) (?:poll|plan|reminder)\\b.*$"),
            Pattern.compile("^" + ACTOR + "(?:voted for|changed (?:his|her|their) vote to) \".*\" in the poll.*$"));

    /** Event lines with no actor, exactly as Meta writes them. */
    private static final List<Pattern> FIXED = List.of(
            Pattern.compile("^Reacted .{1,16} to your message\\.?$"),
            Pattern.compile("^Liked a message\\.?$"),
            Pattern.compile("^The (?:video chat|call|audio call|video call) ended\\.?$"),
            Pattern.compile("^You are now connected on Messenger\\.?$"),
            Pattern.compile("^Say hi to your new Facebook friend,? .{1,120}$"),
            Pattern.compile("^This poll is no longer available\\.?$"),
            Pattern.compile("^This message is unavailable\\b.*$"));

    /** Whether the text only says that the sender sent an attachment. */
    static boolean isAttachmentLine(String text, String sender) {
        return text != null && text.length() < 300 && text.contains(" sent ") && byActor(SENT.matcher(text.strip()), sender);
    }

    /** What kind of attachment such a line says was sent ("photo", "video", "attachment", …). */
    static String attachmentKind(String text) {
        Matcher m = KIND.matcher(text);
        if (!m.find()) {
            return "attachment";
        }
        String kind = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return kind.endsWith("s") && !kind.endsWith("ss") ? kind.substring(0, kind.length() - 1) : kind;
    }

    /** Whether the text is an event line that no person typed. */
    static boolean isEvent(String text, String sender) {
        if (text == null || text.length() > 400) {
            return false;
        }
        String s = text.strip();
        if (FIXED.stream().anyMatch(p -> p.matcher(s).matches())) {
            return true;
        }
        boolean byKnownActor = s.startsWith("You ") || (sender != null && s.startsWith(sender + " "));
        return byKnownActor && ACTED.stream().anyMatch(p -> byActor(p.matcher(s), sender));
    }

    private static boolean byActor(Matcher m, String sender) {
        if (!m.matches()) {
            return false;
        }
        String actor = m.group("actor");
        return actor.equals("You") || actor.equals(sender);
    }
}
