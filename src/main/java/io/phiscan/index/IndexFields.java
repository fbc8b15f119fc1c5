package io.phiscan.index;

import java.util.Set;

/** The names of the index's fields, as users write them in queries ({@code platform:twitter}). */
public final class IndexFields {
    private IndexFields() {
    }

    public static final String ID = "id";
    public static final String PLATFORM = "platform";
    public static final String ACCOUNT = "account";
    public static final String CONVERSATION = "conversation";
    public static final String EXCHANGE = "exchange";
    public static final String AUTHOR = "author";
    public static final String AUTHOR_ID = "author_id";
    public static final String AUTHOR_NAME = "author_name";
    public static final String DIRECTION = "direction";
    public static final String VISIBILITY = "visibility";
    public static final String AT = "at";
    public static final String TEXT = "text";
    public static final String SIGNAL = "signal";
    public static final String RULE = "rule";
    public static final String EXPORT = "export";
    public static final String FILE = "file";
    /** The run that last wrote the message (new, or changed in content or signals). */
    public static final String RUN = "run";
    static final String SOURCE = "_source";
    static final String SIGNALS = "_signals";
    /** A hash of the message's content and signals (not of where it was read): tells a changed message. */
    static final String HASH = "_hash";

    /** Fields matched as whole values, case-insensitively. */
    static final Set<String> KEYWORDS = Set.of(ID, PLATFORM, ACCOUNT, CONVERSATION, EXCHANGE, AUTHOR, AUTHOR_ID,
            DIRECTION, VISIBILITY, SIGNAL, RULE, EXPORT, FILE, RUN);
}
