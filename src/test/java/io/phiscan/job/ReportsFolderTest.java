package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --out: a file there is refused before anything runs; a symbolic link to a folder is that folder. */
class ReportsFolderTest {
    @TempDir
    Path tmp;

    @Test
    void aFileIsRefusedAndLeftAsItWas() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> ReportsFolder.of(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("cannot write the reports to " + file + ": " + file + " is a file, not a folder");
        assertThatThrownBy(() -> ReportsFolder.of(file.resolve("run"))).isInstanceOf(UnreadableInputException.class)
                .hasMessageEndingWith(file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void aSymbolicLinkToAFolderIsThatFolderSoItsManifestListsItsFiles() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("reports"));
        Path link = Files.createSymbolicLink(tmp.resolve("latest"), folder);

        assertThat(ReportsFolder.of(link)).isEqualTo(folder.toRealPath());
        assertThat(ReportsFolder.of(tmp.resolve("new"))).isEqualTo(tmp.resolve("new").toAbsolutePath());
        Path dangling = Files.createSymbolicLink(tmp.resolve("gone"), tmp.resolve("nowhere"));
        assertThatThrownBy(() -> ReportsFolder.of(dangling)).hasMessageEndingWith(dangling + " is a symbolic link to nothing");
    }

    @Test
    void aFolderThisUserMayNotWriteInIsRefused() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write in any folder");
        Path folder = Files.createDirectory(tmp.resolve("theirs"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> ReportsFolder.of(folder.resolve("run"))).isInstanceOf(UnreadableInputException.class)
                    .hasMessageEndingWith(folder + " is not writable by this user");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aRunsOwnFolderIsMadeOwnerOnlyBeforeTheRunAndTheFolderItIsMadeInIsLeftAsItIs() throws Exception {
        Path shared = Files.createDirectory(tmp.resolve("reports"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxrwxrwx"));

        ReportsFolder.check(out, shared);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-x---");
    }

    @Test
    void aRescanToldToWriteOverAFileDoesNotStart() throws Exception {
        Path file = Files.writeString(tmp.resolve("report.html"), "mine");
        Workspace ws = Workspace.at(tmp.resolve("ws"));

        assertThatThrownBy(() -> new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(null, file, null, null, null)))
                .isInstanceOf(UnreadableInputException.class).hasMessageEndingWith("is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }
}
