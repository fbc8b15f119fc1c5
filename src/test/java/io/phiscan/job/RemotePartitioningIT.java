package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.index.IndexSearch;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A manager and two worker JVMs of the built jar ({@code target/phiscan.jar}) over the local
 * RabbitMQ (127.0.0.1:5672, guest/guest) and PostgreSQL (127.0.0.1:5432, trust auth; a database of
 * its own, dropped afterwards) audit a multi-platform input, and end with the findings and index
 * of an audit in one process; then again with one worker killed ({@code kill -9}) in the middle of
 * a partition and the audit run again. Skipped with a message when the services are not there,
 * failed instead under {@code PHISCAN_REQUIRE_SERVICES=1}.
 */
class RemotePartitioningIT {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String BROKER = "amqp://guest:guest@127.0.0.1:5672";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * How long a partition may go without an update before the manager takes its worker for dead.
     * A worker updates its partition at each chunk of 1,000 records; on a machine busy with other
     * builds such a chunk took more than 6 s, and live workers were taken for dead. The killed
     * worker's partition is found out this long after the kill.
     */
    private static final int STALE_AFTER_SECONDS = 30;

    @TempDir
    Path dir;

    private String dbUser;
    private final List<String> databases = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void services() {
        List<String> missing = new ArrayList<>();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5672), 3000);
        } catch (IOException e) {
            missing.add("RabbitMQ at 127.0.0.1:5672 (guest/guest): " + e.getMessage());
        }
        for (String user : new String[] {"postgres", "root"}) {
            try (Connection c = DriverManager.getConnection(SERVER + "test?connectTimeout=3", user, "")) {
                dbUser = user;
                break;
            } catch (SQLException e) {
                if (user.equals("root")) {
                    missing.add("PostgreSQL at 127.0.0.1:5432 (database test, user postgres or root, trust auth): " + e.getMessage());
                }
            }
        }
        if (!Files.isRegularFile(Path.of("target/phiscan.jar"))) {
            missing.add("target/phiscan.jar (mvn package)");
        }
        if (!missing.isEmpty()) {
            String why = "the remote-partitioning test needs " + String.join("; ", missing);
            if ("1".equals(System.getenv("PHISCAN_REQUIRE_SERVICES"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        if (dbUser != null) {
            try (Connection c = DriverManager.getConnection(SERVER + "test", dbUser, ""); Statement s = c.createStatement()) {
                for (String db : databases) {
                    s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                }
            }
        }
    }

    @Test
    void aManagerAndTwoWorkersEndAsOneProcessDoesEvenWhenAWorkerIsKilled() throws Exception {
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inputs.add(SyntheticXArchive.write(dir.resolve("in/x-" + i), "drremote" + i, 7_000_000L + i, 6_000, 40, 100 + i));
        }
        inputs.add(Exports.copy(Path.of("sample-data"), dir.resolve("in/sample-data")));

        long began = System.nanoTime();
        Path alone = dir.resolve("alone");
        assertThat(phiscan(alone.resolve("out.txt"), audit(inputs, alone, null)).waitFor()).isZero();
        JsonNode expected = findings(alone);
        int documents = documents(alone);
        assertThat(expected.get("findings").size()).isGreaterThan(100);

        lap("inputs written and audited in one process", began);
        // a manager and two workers
        Path remote = dir.resolve("remote");
        String db = database();
        startWorker(remote, db, "w1");
        startWorker(remote, db, "w2");
        assertThat(phiscan(remote.resolve("manager.txt"), audit(inputs, remote, db)).waitFor())
                .as(() -> "the manager's output:\n" + read(remote.resolve("manager.txt")) + "\nits log's errors:\n"
                        + errors(remote.resolve("ws/logs/phiscan.log")))
                .isZero();
        assertThat(findings(remote)).isEqualTo(expected);
        assertThat(documents(remote)).isEqualTo(documents);
        assertThat(read(remote.resolve("w1.txt"))).contains(" taken ");
        assertThat(read(remote.resolve("w2.txt"))).contains(" taken ");

        lap("audited by a manager and two workers", began);
        // one worker killed in the middle of a partition; the audit run again
        Path killed = dir.resolve("killed");
        String db2 = database();
        Process w1 = startWorker(killed, db2, "w1");
        Process w2 = startWorker(killed, db2, "w2");
        Process manager = phiscan(killed.resolve("manager-1.txt"), audit(inputs, killed, db2));
        Process victim = awaitBusy(w1, killed.resolve("w1.txt"), w2, killed.resolve("w2.txt"));
        victim.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        assertThat(manager.waitFor(STALE_AFTER_SECONDS + 120, TimeUnit.SECONDS)).isTrue();
        assertThat(manager.exitValue()).as(read(killed.resolve("manager-1.txt"))).isEqualTo(1);
        lap("a worker killed, the manager ended failed", began);
        assertThat(phiscan(killed.resolve("manager-2.txt"), audit(inputs, killed, db2)).waitFor())
                .as(read(killed.resolve("manager-2.txt"))).isZero();
        assertThat(read(killed.resolve("manager-2.txt"))).contains("resuming run");
        lap("the audit run again", began);
        assertThat(findings(killed)).isEqualTo(expected);
        assertThat(documents(killed)).isEqualTo(documents);
        // only the partition that did not complete ran again: no partition completed twice
        List<String> completed = new ArrayList<>();
        for (String w : List.of("w1.txt", "w2.txt")) {
            read(killed.resolve(w)).lines().filter(l -> l.contains(" COMPLETED: "))
                    .forEach(l -> completed.add(l.substring(l.indexOf("ingestPart:"), l.indexOf(" COMPLETED: "))));
        }
        assertThat(completed).doesNotHaveDuplicates().hasSizeGreaterThan(10);
        Process survivor = victim == w1 ? w2 : w1;
        survivor.destroy();
        assertThat(survivor.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(survivor.exitValue()).isZero();
    }

    private static void lap(String what, long began) {
        System.out.printf("RemotePartitioningIT: %s at %.1f s%n", what, (System.nanoTime() - began) / 1e9);
    }

    /**
     * Waits until one of the workers has been in one partition for 0.4 s (one of the X archives: 6,000
     * messages, six chunks, take longer), and returns it.
     */
    private static Process awaitBusy(Process w1, Path out1, Process w2, Path out2) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        long[] busySince = {0, 0};
        while (System.nanoTime() < deadline) {
            Path[] outs = {out1, out2};
            for (int i = 0; i < 2; i++) {
                List<String> lines = Files.exists(outs[i]) ? Files.readAllLines(outs[i]) : List.of();
                boolean busy = !lines.isEmpty() && lines.get(lines.size() - 1).contains(" taken ");
                if (!busy) {
                    busySince[i] = 0;
                } else if (busySince[i] == 0) {
                    busySince[i] = System.nanoTime();
                } else if (System.nanoTime() - busySince[i] > TimeUnit.MILLISECONDS.toNanos(400)) {
                    return i == 0 ? w1 : w2;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no worker was busy with a partition for 0.4 s: " + read(out1) + read(out2));
    }

    private String database() throws SQLException {
        String name = "phiscan_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(SERVER + "test", dbUser, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        databases.add(name);
        return name;
    }

    private List<String> audit(List<Path> inputs, Path workspace, String db) {
        List<String> args = new ArrayList<>(List.of("audit"));
        inputs.forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--workspace", workspace.resolve("ws").toString(), "--out", workspace.resolve("out").toString()));
        if (db != null) {
            args.addAll(List.of("--db-url", SERVER + db, "--db-user", dbUser, "--workers", "--broker", BROKER));
        }
        return args;
    }

    private Process startWorker(Path workspace, String db, String name) throws IOException {
        return phiscan(workspace.resolve(name + ".txt"), List.of("worker", "--workspace", workspace.resolve("ws").toString(),
                "--db-url", SERVER + db, "--db-user", dbUser, "--broker", BROKER, "--threads", "1"));
    }

    private Process phiscan(Path out, List<String> args) throws IOException {
        Files.createDirectories(out.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dphiscan.ingest.chunk=1000", "-Dphiscan.workers.stale-after=" + STALE_AFTER_SECONDS + "s", "-Dphiscan.workers.poll-interval=500ms",
                "-jar", Path.of("target/phiscan.jar").toAbsolutePath().toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        processes.add(p);
        return p;
    }

    /** The findings of the run in {@code workspace/out}, without what differs from run to run (ids, times). */
    private static JsonNode findings(Path workspace) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(workspace.resolve("out/findings.json").toFile());
        ObjectNode run = (ObjectNode) json.get("run");
        run.remove(List.of("id", "startedAt", "finishedAt"));
        return json;
    }

    private static int documents(Path workspace) throws IOException {
        try (IndexSearch search = IndexSearch.open(workspace.resolve("ws/index"))) {
            return search.count();
        }
    }

    /** The lines of a log that say why a run failed, at most 60. */
    private static String errors(Path log) {
        return read(log).lines().filter(l -> l.contains(" ERROR ") || l.contains(" WARN ") || l.startsWith("Caused by"))
                .limit(60).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
