package io.phiscan.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * Windows-1252 as browsers decode it (the WHATWG encoding standard): the five bytes the code page
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are the control characters of the same number,
 * as in ISO-8859-1, where Java's windows-1252 finds them not valid. Every byte is a character, so
 * its decoder never reports an error. Encoding is Java's windows-1252. Thread-safe.
 */
final class Windows1252 extends Charset {
    static final Windows1252 INSTANCE = new Windows1252();
    private static final Charset JAVA = Charset.forName("windows-1252");
    private static final char[] CHARS = table();

    private Windows1252() {
        super("windows-1252", new String[0]);
    }

    private static char[] table() {
        char[] chars = new char[256];
        for (int b = 0; b < 256; b++) {
            String one = new String(new byte[] {(byte) b}, JAVA);
            chars[b] = one.length() == 1 && one.charAt(0) != '\uFFFD' ? one.charAt(0) : (char) b;
        }
        return chars;
    }

    @Override
    public boolean contains(Charset cs) {
        return cs instanceof Windows1252 || JAVA.contains(cs);
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1, 1) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                while (in.hasRemaining()) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put(CHARS[in.get() & 0xFF]);
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    @Override
    public CharsetEncoder newEncoder() {
        return JAVA.newEncoder();
    }
}
