package io.phiscan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about a file without reading it, in two strengths. Both are empty
 * where the file system does not give these attributes (then the bytes are compared instead).
 *
 * <p>{@link #of}, the strict stamp: size, modification and change times (to the nanosecond where
 * the file system keeps them), device and inode. Writing the file, replacing it or copying another
 * over it changes it, and the change time cannot be set back by tools that restore modification
 * times ({@code touch -r}, {@code touch -d}, {@code cp -p}, unzip), so two equal strict stamps mean
 * the bytes were not rewritten in between. But the change time also moves when only the file's
 * metadata does: {@code chmod}, {@code chown}, a hard link added or removed, an extended attribute
 * set by a backup tool; then the strict stamp differs though the bytes are the same.
 *
 * <p>{@link #content}, the content stamp: the same without the change time, so metadata alone
 * leaves it as it was, while another size, modification time or inode (a file moved in under the
 * name) changes it. It trusts the modification time: a rewrite in place that keeps the size and
 * sets the time back leaves it equal. Use it only together with a check of the bytes that does
 * not trust the time (a zip's central directory, {@link ZipDirectoryDigest}); where nothing else
 * looks at the bytes, use the strict stamp.
 */
public final class FileStamp {
    private FileStamp() {
    }

    /** The strict stamp of a file (a symbolic link is not followed), or empty when it cannot be taken. */
    public static String of(Path file) {
        return stamp(file, true);
    }

    /** The content stamp of a file: its strict stamp without the change time; empty when it cannot be taken. */
    public static String content(Path file) {
        return stamp(file, false);
    }

    private static String stamp(Path file, boolean changeTime) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino",
                    LinkOption.NOFOLLOW_LINKS);
            return a.get("size") + ":" + nanos(a.get("lastModifiedTime")) + ":"
                    + (changeTime ? nanos(a.get("ctime")) + ":" : "") + a.get("dev") + ":" + a.get("ino");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "";
        }
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}
