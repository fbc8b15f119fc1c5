package io.phiscan.cli;

import picocli.CommandLine.Option;

/** The RabbitMQ broker of a remote-partitioned audit. Shared by {@code audit --workers} and {@code worker}. */
final class BrokerOptions {
    @Option(names = "--broker", paramLabel = "URL", defaultValue = "${env:PHISCAN_BROKER}",
            description = "RabbitMQ broker of the partition requests, e.g. amqp://phiscan:PASSWORD@mq-host:5672 "
                    + "(env PHISCAN_BROKER; prefer it, so the password stays off the command line).")
    String broker;
}
