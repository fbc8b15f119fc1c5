package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set of a Meta HTML file, and a reader that decodes it and remembers the lines
 * holding bytes that are not valid in it. The set is the one the file's byte-order mark, or its
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="…; charset=…">} in
 * its first {@value #SNIFF_BYTES} bytes (a long {@code <style>} can push it past the 1,024 bytes
 * browsers look at first; they then parse again), declares; else UTF-8, as Meta writes it. Labels
 * are read as browsers read them (the WHATWG encoding standard): {@code iso-8859-1}, {@code latin1}
 * and {@code us-ascii} mean Windows-1252, decoded as browsers do ({@link Windows1252}); a set that
 * does not write ASCII as ASCII (UTF-16, UTF-32, EBCDIC) cannot be the one a declaration readable
 * as ASCII tells, and means UTF-8. A label Java does not know leaves UTF-8. Only the first
 * bytes are looked at twice: the file is still streamed. Stateless.
 */
final class MetaHtmlCharset {
    static final int SNIFF_BYTES = 64 * 1024;
    /** At most so many characters between {@code <meta} and {@code charset}: each try is bounded. */
    private static final Pattern DECLARED = Pattern.compile(
            "<meta\\s[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    /** Comments and scripts, in which a {@code <meta charset>} declares nothing (browsers pass over them). */
    private static final Pattern NOT_MARKUP = Pattern.compile("<!--.*?(?:-->|\\z)|<script\\b[^>]{0,512}>.*?(?:</script\\s*>|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** The labels of Windows-1252 in the WHATWG encoding standard. */
    private static final Set<String> WINDOWS_1252 = Set.of("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1",
            "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
            "us-ascii", "windows-1252", "x-cp1252");

    /**
     * A file opened for reading.
     *
     * @param declaration how the file's character set was told, in words for a skipped record
     */
    record Opened(CheckedUtf8Reader reader, Charset charset, String declaration) {

        /** Why a line's bytes could not be read, in words naming no content. */
        String invalid(long line) {
            return "bytes that are not valid " + charset.name() + " at line " + line + " (" + declaration + ")";
        }

        /**
         * Why the text before the character offset {@code to} (a block's end) holds bytes that
         * are not valid, or {@code null}; those bytes are forgotten, so a block is skipped once.
         */
        String invalidBefore(long to) {
            long[] first = reader.takeInvalidBefore(to);
            if (first == null) {
                return null;
            }
            while (reader.takeInvalidBefore(to) != null) {
                // one reason for the block
            }
            return invalid(first[1]);
        }

        /**
         * A bad record for each line, before the character offset {@code at} (a block's start),
         * that holds bytes that are not valid outside any block (a name in a heading, a title):
         * read with U+FFFD, so said.
         */
        List<IngestRecord.Bad> outsideBlocks(String export, String entry, long at) {
            List<IngestRecord.Bad> out = new ArrayList<>();
            long last = -1;
            for (long[] bad = reader.takeInvalidBefore(at); bad != null; bad = reader.takeInvalidBefore(at)) {
                if (bad[1] != last) {
                    last = bad[1];
                    out.add(new IngestRecord.Bad(new SourceRef(export, entry, "line " + last), invalid(last)
                            + ", outside the messages (a name or a title?): read with U+FFFD in their place"));
                }
            }
            return out;
        }
    }

    private MetaHtmlCharset() {
    }

    static Opened open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        String declaration = "the file declares no character set; saved in another one, such as Windows-1252?";
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            declaration = "as its byte-order mark says";
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            declaration = "as its byte-order mark says";
        } else if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            declaration = "as its byte-order mark says";
        } else {
            Matcher m = DECLARED.matcher(NOT_MARKUP.matcher(new String(head, StandardCharsets.ISO_8859_1)).replaceAll(" "));
            if (m.find()) {
                String label = m.group(1).toLowerCase(Locale.ROOT);
                Charset named = named(label);
                if (named == null) {
                    declaration = "the file declares the character set " + label + ", which is not known; read as UTF-8";
                } else if (!asciiCompatible(named)) {
                    declaration = "the file declares the character set " + label + " in ASCII bytes, which " + label
                            + " does not write ASCII as; read as UTF-8, as browsers do";
                } else {
                    charset = named;
                    declaration = "the character set the file declares";
                }
            } else if (head.length == SNIFF_BYTES) {
                declaration = "the file declares no character set in its first " + SNIFF_BYTES / 1024
                        + " KB; saved in another one, such as Windows-1252?";
            }
        }
        return new Opened(new CheckedUtf8Reader(in, Long.MAX_VALUE, charset, true), charset, declaration);
    }

    private static Charset named(String label) {
        if (WINDOWS_1252.contains(label)) {
            return Windows1252.INSTANCE;
        }
        try {
            Charset named = Charset.forName(label);
            return named.name().equals("windows-1252") ? Windows1252.INSTANCE : named;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Whether a declaration read from ASCII bytes can be true of the set: whether it writes such
     * a declaration in the same bytes as ASCII (UTF-16, UTF-32 and EBCDIC do not).
     */
    private static boolean asciiCompatible(Charset charset) {
        String probe = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=x-1_2.3:4\">";
        try {
            return charset.canEncode()
                    && Arrays.equals(probe.getBytes(charset), probe.getBytes(StandardCharsets.US_ASCII));
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
