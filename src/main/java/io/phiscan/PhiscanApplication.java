package io.phiscan;

import io.phiscan.cli.PhiscanCommand;

/** The {@code phiscan} executable: parses the command line and exits with the command's exit code. */
public final class PhiscanApplication {
    private PhiscanApplication() {
    }

    public static void main(String[] args) {
        System.exit(PhiscanCommand.commandLine(args).execute(args));
    }
}
