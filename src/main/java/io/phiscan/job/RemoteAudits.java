package io.phiscan.job;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.Connection;

/** What a manager and a worker both check before they begin: a shared database and a reachable broker. Stateless. */
final class RemoteAudits {
    private RemoteAudits() {
    }

    /**
     * The broker of a process that shares its workspace with others.
     *
     * @throws RemoteSetupException when the database is the workspace's own H2 file, or no broker URL is given
     */
    static Broker broker(Workspace workspace, String brokerUrl, String who) {
        if (workspace.embeddedDatabase()) {
            throw new RemoteSetupException(who + " needs a database every process shares: give --db-url "
                    + "(PostgreSQL, e.g. jdbc:postgresql://db-host:5432/phiscan) or PHISCAN_DB_URL");
        }
        if (brokerUrl == null || brokerUrl.isBlank()) {
            throw new RemoteSetupException(who + " needs a RabbitMQ broker: give --broker amqp://user:password@host:5672 "
                    + "or PHISCAN_BROKER");
        }
        try {
            return Broker.parse(brokerUrl);
        } catch (IllegalArgumentException e) {
            throw new RemoteSetupException(e.getMessage());
        }
    }

    /**
     * Opens a connection to the broker once, to fail at once when it cannot be reached.
     *
     * @throws RemoteSetupException when the broker cannot be reached
     */
    static void reach(CachingConnectionFactory factory, Broker broker) {
        try (Connection c = factory.createConnection()) {
            c.isOpen();
        } catch (AmqpException e) {
            throw new RemoteSetupException("cannot reach the broker at " + broker.display() + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
    }

    /**
     * Sends the broker an empty message through the exchange the requests go through
     * ({@code amq.default}), to a queue that does not exist (the broker drops it), on a connection
     * of its own, and waits for its confirm: a user without the right to write there is told before
     * the run begins, not by a run whose requests never reach a worker.
     *
     * @throws RemoteSetupException when the broker refuses the message, or does not confirm it in time
     */
    static void mayPublish(CachingConnectionFactory factory, Broker broker, Duration timeout) {
        String refused = null;
        try (com.rabbitmq.client.Connection c = factory.getRabbitConnectionFactory().newConnection("phiscan permission check")) {
            Channel channel = c.createChannel();
            channel.confirmSelect();
            channel.basicPublish("", "phiscan.permission-check.no-such-queue", null, new byte[0]);
            channel.waitForConfirmsOrDie(timeout.toMillis());
        } catch (ShutdownSignalException e) {
            refused = e.getReason() instanceof AMQP.Channel.Close close ? close.getReplyText() : e.getMessage();
        } catch (IOException e) {
            refused = e.getCause() instanceof ShutdownSignalException s && s.getReason() instanceof AMQP.Channel.Close close
                    ? close.getReplyText() : e.getMessage();
        } catch (TimeoutException e) {
            refused = "no confirm within " + timeout.toSeconds() + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteSetupException("interrupted while the broker at " + broker.display() + " was asked", e);
        }
        if (refused != null) {
            throw new RemoteSetupException("the broker at " + broker.display() + " does not take the audit's requests: "
                    + refused + " (its user needs the right to write to amq.default, the exchange the requests go "
                    + "through: see docs/scaling.md)");
        }
    }
}
