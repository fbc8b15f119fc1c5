package io.phiscan.job;

import io.phiscan.report.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one-writer lock of a workspace: an operating-system lock on {@code phiscan.lock} in the
 * workspace folder, taken before anything opens the database or the index, and released when
 * the process ends however it ends (a {@code kill -9} included). The file names the holder: pid,
 * host, start time and command, so that a second process can say who is using the workspace.
 *
 * <p>One instance per acquisition; {@link #close()} releases it. Thread-safe.
 */
public final class WorkspaceLock implements AutoCloseable {
    static final String FILE = "phiscan.lock";
    private static final Duration POLL = Duration.ofMillis(500);

    /** Who holds a workspace. */
    public record Holder(String pid, String host, String since, String command) {
        /** The holder in one line, e.g. {@code pid 4242 on host db1 since 2026-11-26T02:30:00Z (phiscan audit …)}. */
        public String describe() {
            return "pid " + pid + " on host " + host + " since " + since + " (" + command + ")";
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of a workspace, waiting up to {@code wait} for its holder to finish.
     *
     * @param onWait told once, in words, whom it waits for (when it has to wait)
     * @throws WorkspaceBusyException when another process (or another run in this one) still holds it
     */
    public static WorkspaceLock acquire(Path root, Duration wait, Consumer<String> onWait) {
        Path file = root.resolve(FILE);
        Instant deadline = Instant.now().plus(wait);
        boolean told = false;
        while (true) {
            WorkspaceLock taken = tryAcquire(root, file);
            if (taken != null) {
                return taken;
            }
            String holder = holderSoon(root);
            if (!Instant.now().isBefore(deadline)) {
                throw new WorkspaceBusyException(root, holder, !wait.isZero());
            }
            if (!told) {
                onWait.accept("the workspace " + root + " is in use by " + holder + "; waiting for it (up to "
                        + wait.toString().substring(2).toLowerCase() + ")");
                told = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WorkspaceBusyException(root, holder, true);
            }
        }
    }

    /**
     * Takes the lock of a workspace now, for a command that has no {@code --wait}.
     *
     * @throws WorkspaceBusyException when another process (or another run in this one) holds it
     */
    public static WorkspaceLock acquireNow(Path root) {
        WorkspaceLock taken = tryAcquire(root, root.resolve(FILE));
        if (taken == null) {
            throw WorkspaceBusyException.withoutWaiting(root, holderSoon(root));
        }
        return taken;
    }

    private static WorkspaceLock tryAcquire(Path root, Path file) {
        FileChannel channel = null;
        try {
            try {
                OwnerOnlyFiles.folder(root);
            } catch (java.nio.file.AccessDeniedException e) {
                throw e;
            } catch (java.nio.file.FileSystemException e) {
                // chmod of a folder this user does not own ("Operation not permitted")
                throw new UnreadableInputException("cannot use the workspace " + root + ": it cannot be made owner-only ("
                        + e.getReason() + "); run phiscan as the user who owns it");
            }
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException | java.nio.file.FileAlreadyExistsException e) {
                    // another process created it first, or no POSIX permissions here: open it below
                }
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the workspace " + root, e);
        }
    }

    /** The holder, waiting a moment for a holder that has just taken the lock to write its name. */
    private static String holderSoon(Path root) {
        for (int i = 0; i < 20; i++) {
            Optional<Holder> h = holder(root);
            if (h.isPresent()) {
                return h.get().describe();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "another phiscan process";
    }

    /** Who holds the workspace, as its lock file says, if the file names anyone. */
    public static Optional<Holder> holder(Path root) {
        try {
            List<String> lines = Files.readAllLines(root.resolve(FILE), StandardCharsets.UTF_8);
            String pid = value(lines, "pid");
            return pid == null ? Optional.empty()
                    : Optional.of(new Holder(pid, value(lines, "host"), value(lines, "since"), value(lines, "command")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).findFirst()
                .orElse(null);
    }

    private static String describeThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown";
        }
        return "pid=" + self.pid() + "\nhost=" + host + "\nsince=" + Instant.now() + "\ncommand="
                + command(self.info().arguments().map(List::of).orElse(List.of())) + "\n";
    }

    /** The command line as the user typed it after {@code java -jar phiscan.jar}, passwords left out. */
    static String command(List<String> args) {
        int jar = args.indexOf("-jar");
        List<String> shown = new ArrayList<>(jar >= 0 && jar + 2 <= args.size() ? args.subList(jar + 2, args.size()) : args);
        for (int i = 0; i < shown.size(); i++) {
            String a = shown.get(i);
            if (a.equals("--db-password") && i + 1 < shown.size()) {
                shown.set(i + 1, "***");
            } else if (a.startsWith("--db-password=")) {
                shown.set(i, "--db-password=***");
            }
        }
        return ("phiscan " + String.join(" ", shown)).replace('\n', ' ').strip();
    }

    /** Releases the lock and clears the holder from the file. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } catch (IOException e) {
            // the lock goes with the channel below in any case
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
