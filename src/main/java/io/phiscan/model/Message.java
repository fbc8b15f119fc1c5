package io.phiscan.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One message, post, comment or reply, normalized from any platform's export.
 *
 * @param id stable id: the same record of the same export always gets the same id
 * @param platform where it was posted
 * @param account the archive owner's account key (id, else handle)
 * @param nativeId the platform's own id for the record, when it has one
 * @param conversationId the DM conversation, thread or reply chain it belongs to
 * @param inReplyTo the native id of the record it answers, when known
 * @param at when it was sent (UTC); see {@code localTime}
 * @param localTime true when the export gave a local time without a zone, read here as UTC
 * @param author who wrote it
 * @param recipients who it was addressed to, when the export says
 * @param direction inbound (to the owner) or outbound (by the owner)
 * @param visibility who could read it
 * @param text the plain text as people saw it (entities decoded, HTML removed); may be empty
 * @param attachments what was attached (kinds or archive-relative paths), never the media
 * @param source where it was read
 */
public record Message(String id, Platform platform, String account, String nativeId,
        String conversationId, String inReplyTo, Instant at, boolean localTime, Author author,
        List<Author> recipients, Direction direction, Visibility visibility, String text,
        List<String> attachments, SourceRef source) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(source, "source");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        text = text == null ? "" : text;
    }

    /**
     * The stable id of a record: the platform, the owner's account and the record's own key
     * (its native id, or whatever identifies it in an export that has none), hashed.
     */
    public static String stableId(Platform platform, String account, String nativeKey) {
        return prefix(platform) + "-" + hash(platform.id() + "\u0000" + account + "\u0000" + nativeKey, 10);
    }

    /** The stable id of a conversation or thread of an owner. */
    public static String exchangeId(Platform platform, String account, String conversationId) {
        return prefix(platform) + "-x-" + hash("exchange\u0000" + platform.id() + "\u0000" + account
                + "\u0000" + conversationId, 10);
    }

    static String prefix(Platform platform) {
        return switch (platform) {
            case TWITTER -> "tw";
            case FACEBOOK -> "fb";
            case INSTAGRAM -> "ig";
            case LINKEDIN -> "li";
            case MASTODON -> "ma";
            case REDDIT -> "rd";
        };
    }

    /** The first {@code bytes} bytes of SHA-256 of the text, in hex. */
    public static String hash(String text, int bytes) {
        byte[] digest = Sha256.newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, bytes);
    }
}
