package io.phiscan.ingest;

import org.jsoup.parser.Parser;

/** X escapes {@code &}, {@code <} and {@code >} in tweet and DM text; this decodes them exactly once. */
final class TwitterText {
    private TwitterText() {
    }

    static String unescape(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
    }
}
