package io.phiscan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM, capturing what it prints (for the tests of any package). */
public record Cli(int exitCode, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = PhiscanCommand.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
