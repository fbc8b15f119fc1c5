package io.phiscan.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/**
 * The RabbitMQ broker that carries a remote-partitioned audit's partition requests, from an
 * {@code amqp://user:password@host:port/vhost} URL, and the queue of a workspace on it:
 * {@code phiscan.<workspace-id>.ingest}, the id being a random one written once in
 * {@code WORKSPACE/workspace.id}, so that the workspaces of several installations on one broker
 * never share a queue. A request carries only a step name and a step execution id.
 *
 * @param url the broker's URL, password included
 */
record Broker(URI url) {
    /** The property that holds the broker's URL in a context that uses one. */
    static final String PROPERTY = "phiscan.broker";

    Broker {
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equals("amqp") || scheme.equals("amqps")) || url.getHost() == null) {
            throw new IllegalArgumentException("not a broker URL (amqp://user:password@host:5672): " + redact(url));
        }
    }

    /**
     * Parses a broker URL.
     *
     * @throws IllegalArgumentException when it is not an {@code amqp://} or {@code amqps://} URL
     */
    static Broker parse(String url) {
        try {
            return new Broker(new URI(url.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a broker URL (amqp://user:password@host:5672)");
        }
    }

    /** The URL without its password, for messages and logs. */
    String display() {
        return redact(url);
    }

    private static String redact(URI u) {
        String info = u.getUserInfo();
        if (info == null) {
            return u.toString();
        }
        int colon = info.indexOf(':');
        String user = colon < 0 ? info : info.substring(0, colon) + ":***";
        return u.getScheme() + "://" + user + "@" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
                + (u.getRawPath() == null ? "" : u.getRawPath());
    }

    /** A connection factory for the broker, its connections named after the process's role. */
    CachingConnectionFactory connectionFactory(String role) {
        CachingConnectionFactory factory = new CachingConnectionFactory(url);
        factory.setConnectionNameStrategy(f -> "phiscan " + role + " " + ProcessHandle.current().pid());
        return factory;
    }

    /** The queue of a workspace's partition requests. */
    static String queue(Workspace workspace) {
        return "phiscan." + workspaceId(workspace.root()) + ".ingest";
    }

    /** The workspace's id, created at first use; the same for every process that shares the workspace folder. */
    static String workspaceId(Path root) {
        Path file = root.resolve("workspace.id");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(root);
                byte[] id = new byte[8];
                new SecureRandom().nextBytes(id);
                // written whole, then linked into place: a process reading it never sees it half written
                Path tmp = Files.createTempFile(root, "workspace.id", ".tmp");
                try {
                    Files.writeString(tmp, HexFormat.of().formatHex(id) + "\n", StandardCharsets.US_ASCII);
                    Files.createLink(file, tmp);
                } catch (FileAlreadyExistsException e) {
                    // another process of the workspace wrote it first: theirs holds
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!id.matches("[0-9a-f]{16}")) {
                throw new IllegalStateException(file + " does not hold a workspace id");
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workspace id " + file, e);
        }
    }
}
