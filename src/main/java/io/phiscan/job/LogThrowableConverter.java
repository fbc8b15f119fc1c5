package io.phiscan.job;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.regex.Pattern;

/**
 * The {@code %phiscanEx} of the log pattern: an exception's stack trace as logback writes it,
 * every frame on its own line, but with each line break inside an exception's message (of the
 * exception, its causes and the suppressed ones; a line feed, a carriage return, a vertical tab,
 * a form feed, U+0085, U+2028 or U+2029) written as U+23CE, as {@code %msg}'s are. An
 * exception's message can hold a file or folder name from an export, and a name with a line
 * break in it must not start a line of the log that looks like phiscan's own; any other control
 * character (ESC, BEL, a C1 control) is written as U+FFFD, as in {@code %msg}. Every line the
 * trace adds begins with a tab or with {@code Caused by:}, as logback writes them. Thread-safe
 * once started, as logback's converters are.
 */
public final class LogThrowableConverter extends ThrowableProxyConverter {
    /** The conversion word the log pattern uses. */
    public static final String WORD = "phiscanEx";
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]+");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");
    /**
     * The row H2 quotes whole when another transaction holds it ("Map entry <table.7> with key
     * <1> and value ( ... ) is locked by tx 3"): a row of findings holds message text.
     */
    private static final Pattern LOCKED_ROW = Pattern.compile("(?s)( and value ).*( is locked by tx )");

    /**
     * Makes {@code %phiscanEx} known to every logback pattern layout: to be called before a
     * context configures logging from {@code application.properties}. Idempotent.
     */
    public static void register() {
        PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.putIfAbsent(WORD, LogThrowableConverter::new);
    }

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return super.throwableProxyToString(new OneLineMessages(tp));
    }

    static String oneLine(String s) {
        return s == null ? null
                : CONTROLS.matcher(LINE_BREAKS.matcher(withoutRowValues(s)).replaceAll(" \u23CE ")).replaceAll("\uFFFD");
    }

    /** The message without the values of a database row it quotes (H2 quotes a locked row whole). */
    public static String withoutRowValues(String s) {
        return s == null ? null : LOCKED_ROW.matcher(s).replaceFirst("$1(not shown)$2");
    }

    /** A throwable as logback sees it, with the line breaks of its messages replaced. */
    private record OneLineMessages(IThrowableProxy tp) implements IThrowableProxy {
        @Override
        public String getOverridingMessage() {
            return oneLine(tp.getOverridingMessage());
        }

        @Override
        public String getMessage() {
            return oneLine(tp.getMessage());
        }

        @Override
        public String getClassName() {
            return oneLine(tp.getClassName());
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return tp.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return tp.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return tp.getCause() == null ? null : new OneLineMessages(tp.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = tp.getSuppressed();
            if (suppressed == null) {
                return null;
            }
            IThrowableProxy[] out = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                out[i] = new OneLineMessages(suppressed[i]);
            }
            return out;
        }

        @Override
        public boolean isCyclic() {
            return tp.isCyclic();
        }
    }

}
