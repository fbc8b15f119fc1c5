package io.phiscan.ingest;

import java.nio.charset.Charset;

/**
 * File names as this process's locale lets Java take them: Java decodes each argument and each
 * name a folder lists from the locale's file-name encoding ({@code sun.jnu.encoding}), and encodes
 * a path back to it. In the C locale (where systemd and cron start commands) that is ASCII, and an
 * accented name cannot be a path at all. Stateless.
 */
public final class FileNames {
    private FileNames() {
    }

    /** The encoding Java takes file names in: the locale's. */
    public static Charset encoding() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Charset.defaultCharset();
        }
    }

    /**
     * Why a name given to phiscan (an argument, a path of a job spec) cannot be a path in this
     * process, and what helps.
     */
    public static String notNameable(String name) {
        return "'" + name + "' cannot be a file name under this process's locale, whose file-name encoding is "
                + System.getProperty("sun.jnu.encoding", encoding().name()) + ": run phiscan in a UTF-8 locale "
                + "(LANG=C.UTF-8); the systemd units and the crontab line in jobs/ set it";
    }
}
