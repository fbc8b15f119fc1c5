package io.phiscan.job;

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
}
