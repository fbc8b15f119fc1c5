package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's strict stamp stays while nothing touches it and changes when its bytes could have, even
 * behind a restored time; its content stamp also stays when only its metadata changes.
 */
class FileStampTest {
    @TempDir
    Path tmp;

    @Test
    void aFileLeftAloneKeepsItsStamp() throws Exception {
        Path f = Files.writeString(tmp.resolve("tweets.js"), "window.YTD.tweets.part0 = []");
        String stamp = FileStamp.of(f);
        Files.readString(f);

        assertThat(stamp).isNotEmpty().isEqualTo(FileStamp.of(f));
    }

    @Test
    void bytesRewrittenUnderTheSameSizeAndTimeChangeTheStamp() throws Exception {
        Path f = Files.writeString(tmp.resolve("tweets.js"), "window.YTD.tweets.part0 = [1]");
        FileTime time = Files.getLastModifiedTime(f);
        String stamp = FileStamp.of(f);
        Thread.sleep(20);

        Files.writeString(f, "window.YTD.tweets.part0 = [2]");
        Files.setLastModifiedTime(f, time);

        assertThat(Files.getLastModifiedTime(f)).isEqualTo(time);
        assertThat(FileStamp.of(f)).isNotEqualTo(stamp);
    }

    @Test
    void anotherFileMovedInUnderTheSameNameSizeAndTimeChangesTheStamp() throws Exception {
        Path f = Files.writeString(tmp.resolve("tweets.js"), "window.YTD.tweets.part0 = [1]");
        String stamp = FileStamp.of(f);
        Path other = Files.writeString(tmp.resolve("other.js"), "window.YTD.tweets.part0 = [2]");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(f));

        Files.move(other, f, StandardCopyOption.REPLACE_EXISTING);

        assertThat(FileStamp.of(f)).isNotEqualTo(stamp);
    }

    @Test
    void permissionsOwnerOrALinkChangeTheStrictStampButNotTheContentStamp() throws Exception {
        Path f = Files.writeString(tmp.resolve("export.zip"), "PK");
        String strict = FileStamp.of(f);
        String content = FileStamp.content(f);
        Thread.sleep(20);

        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--------"));
        Files.setOwner(f, Files.getOwner(f));
        Files.createLink(tmp.resolve("backup.zip"), f);

        assertThat(FileStamp.of(f)).isNotEqualTo(strict);
        assertThat(FileStamp.content(f)).isNotEmpty().isEqualTo(content);
    }

    @Test
    void theContentStampTrustsTheTimeOfARewriteInPlaceAndTellsAFileMovedIn() throws Exception {
        Path f = Files.writeString(tmp.resolve("tweets.js"), "window.YTD.tweets.part0 = [1]");
        FileTime time = Files.getLastModifiedTime(f);
        String content = FileStamp.content(f);

        Files.writeString(f, "window.YTD.tweets.part0 = [2]");
        Files.setLastModifiedTime(f, time);
        assertThat(FileStamp.content(f)).as("only the strict stamp tells this rewrite").isEqualTo(content);

        Path other = Files.writeString(tmp.resolve("other.js"), "window.YTD.tweets.part0 = [3]");
        Files.setLastModifiedTime(other, time);
        Files.move(other, f, StandardCopyOption.REPLACE_EXISTING);
        assertThat(FileStamp.content(f)).isNotEqualTo(content);
    }

    @Test
    void aMissingFileHasNoStamp() {
        assertThat(FileStamp.of(tmp.resolve("gone.js"))).isEmpty();
        assertThat(FileStamp.content(tmp.resolve("gone.js"))).isEmpty();
    }

    @Test
    void aZipEntryIsStampedWithItsZipAndItsOwnCrc() throws Exception {
        Path zip = tmp.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : new String[] {"data/a.js", "data/b.js"}) {
                out.putNextEntry(new ZipEntry(name));
                out.write(("window.YTD.x.part0 = [\"" + name + "\"]").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (ExportTree tree = ExportTree.open(zip, ZipLimits.DEFAULT)) {
            assertThat(tree.stamp("data/a.js")).startsWith(FileStamp.of(zip) + ":").isNotEqualTo(tree.stamp("data/b.js"));
            assertThat(tree.below("data/").stamp("a.js")).isEqualTo(tree.stamp("data/a.js"));
            assertThat(tree.stamp("data/none.js")).isEmpty();
        }
    }
}
