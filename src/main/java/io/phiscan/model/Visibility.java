package io.phiscan.model;

import java.util.Locale;

/** Who could read a message when it was sent, from widest to narrowest. */
public enum Visibility {
    /** Anyone: a public post or reply. */
    PUBLIC,
    /** Anyone with the link, not listed in public timelines (Mastodon "unlisted"). */
    UNLISTED,
    /** The author's followers or connections. */
    FOLLOWERS,
    /** A group conversation. */
    GROUP,
    /** A one-to-one private message. */
    DIRECT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether people outside the conversation could read it. */
    public boolean isPublic() {
        return this == PUBLIC || this == UNLISTED || this == FOLLOWERS;
    }
}
