package io.phiscan.cli;

import io.phiscan.job.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command finds its workspace and database. Shared by every command that needs them. */
final class WorkspaceOptions {
    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", defaultValue = "${env:PHISCAN_WORKSPACE:-phiscan-workspace}",
            description = "Workspace folder: index, database, reports (default: ${DEFAULT-VALUE}; env PHISCAN_WORKSPACE).")
    Path workspace;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:PHISCAN_DB_URL}",
            description = "Database for the job repository and findings, e.g. jdbc:postgresql://127.0.0.1:5432/phiscan "
                    + "(default: an H2 file in the workspace; env PHISCAN_DB_URL).")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:PHISCAN_DB_USER}",
            description = "Database user (env PHISCAN_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:PHISCAN_DB_PASSWORD}",
            description = "Database password; prefer the environment variable PHISCAN_DB_PASSWORD.")
    String dbPassword;

    /** The workspace; exit 2 when its folder is a file. */
    Workspace workspace() {
        Workspace ws = new Workspace(workspace, dbUrl, dbUser, dbPassword);
        if (java.nio.file.Files.exists(ws.root()) && !java.nio.file.Files.isDirectory(ws.root())) {
            throw new ExitCodes.UsageException("the workspace " + ws.root() + " is a file, not a folder");
        }
        return ws;
    }

    /** The workspace, for a command that only works on one that exists: exit 2 when its folder does not. */
    Workspace existing() {
        Workspace ws = workspace();
        if (ws.embeddedDatabase() && !java.nio.file.Files.isDirectory(ws.root())) {
            throw new ExitCodes.UsageException("no workspace at " + ws.root());
        }
        return ws;
    }
}
