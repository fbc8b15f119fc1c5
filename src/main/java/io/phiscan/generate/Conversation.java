package io.phiscan.generate;

import java.util.List;

/**
 * One generated conversation in time order, and whether it is a planted clinical exchange.
 *
 * @param lines what was written, oldest first
 * @param clinical a patient or parent seeks care in it (an exchange the audit should raise)
 */
record Conversation(List<Line> lines, boolean clinical) {

    Conversation {
        lines = List.copyOf(lines);
    }

    /**
     * One message.
     *
     * @param speaker {@link #OWNER}, or the index of the person among the conversation's others
     * @param text what it says ("" for a photo alone)
     * @param photo whether it carries a photo
     * @param at when, epoch milliseconds
     */
    record Line(int speaker, String text, boolean photo, long at) {
        static final int OWNER = -1;

        boolean byOwner() {
            return speaker == OWNER;
        }
    }
}
