package io.phiscan.index;

import io.phiscan.model.Message;

/**
 * One search result: the message and a snippet of its text in which every match is wrapped in
 * {@link #MARK_START} and {@link #MARK_END}, for the caller to show as it likes.
 */
public record SearchHit(Message message, String snippet, float score) {
    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';
}
