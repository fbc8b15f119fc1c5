package io.phiscan.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Why a path named on the command line is not found. Java takes each argument, and each name a
 * folder lists, as text decoded from the file-name encoding of the system's locale (UTF-8 in a
 * UTF-8 locale): bytes not valid in it become U+FFFD, and the path, encoded again, names no file.
 * A file named in Latin-1 by an older tool ({@code caf\xe9.zip}) on a UTF-8 system, given as an argument, is so not found
 * although it is there. A folder's listing keeps each name's bytes, so the same file is read when
 * a folder holding it is named. Stateless.
 */
final class MissingInput {
    private static final char REPLACEMENT = '\uFFFD';

    private MissingInput() {
    }

    /**
     * Why the input, which does not exist by its name, is not found: its name (or a folder's in
     * it) holds bytes that Java cannot take by name, when its folder lists a file whose name reads
     * the same; otherwise "no such file or folder".
     */
    static String why(Path input) {
        if (input.toString().indexOf(REPLACEMENT) < 0) {
            return "no such file or folder";
        }
        Path absolute = input.toAbsolutePath();
        Path folder = absolute.getRoot();
        for (Path name : absolute) {
            Path next = folder.resolve(name);
            if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                return name.toString().indexOf(REPLACEMENT) >= 0 && lists(folder, name.toString())
                        ? undecodable(name.toString(), folder) : "no such file or folder";
            }
            folder = next;
        }
        return "no such file or folder";
    }

    private static String undecodable(String name, Path folder) {
        Charset encoding = FileNames.encoding();
        return "the name " + name + " holds bytes that are not valid " + encoding.name() + ", the file-name encoding of this "
                + "system's locale (\uFFFD stands for them), so it cannot be opened by the name given: rename it to a "
                + encoding.name() + " name" + (encoding.equals(StandardCharsets.UTF_8) ? "" : " (or run phiscan in a UTF-8 locale)")
                + ", or audit the folder " + folder + ", whose listing reads it by its bytes (the reports show its name with \uFFFD)";
    }

    /** Whether the folder holds an entry whose name, as Java reads it, is {@code name}. */
    private static boolean lists(Path folder, String name) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(child -> child.getFileName().toString().equals(name));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
