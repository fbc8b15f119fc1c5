package io.phiscan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about a file without reading it: its size, modification and change
 * times (to the nanosecond where the file system keeps them), and its device and inode. Writing
 * the file, replacing it or copying another over it changes the stamp, and the change time
 * cannot be set back by tools that restore modification times ({@code touch -r}, {@code cp -p},
 * unzip), so two equal stamps mean the bytes were not rewritten in between. Empty where the
 * file system does not give these (then the bytes are compared instead).
 */
public final class FileStamp {
    private FileStamp() {
    }

    /** The stamp of a file (a symbolic link is not followed), or empty when it cannot be taken. */
    public static String of(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino",
                    LinkOption.NOFOLLOW_LINKS);
            return a.get("size") + ":" + nanos(a.get("lastModifiedTime")) + ":" + nanos(a.get("ctime")) + ":"
                    + a.get("dev") + ":" + a.get("ino");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "";
        }
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}
