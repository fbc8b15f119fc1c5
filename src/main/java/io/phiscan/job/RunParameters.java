package io.phiscan.job;

import io.phiscan.model.Message;
import io.phiscan.review.RunStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The names of the jobs' parameters, and how run ids are made. Only the run id identifies a job instance. */
final class RunParameters {
    static final DateTimeFormatter RUN_ID_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RunParameters() {
    }

    /** The run's id, e.g. {@code 20261126T033811Z}: names the report folder and every record of the run. */
    static final String RUN_ID = "runId";
    /** The policy file, or empty for the built-in policy. */
    static final String POLICY = "policy";
    /** The folder that receives the run's outputs. */
    static final String OUT = "out";
    /** {@code true}: read every part of every export and write every message, changed or not. */
    static final String FULL = "full";
    /** Which exchanges the detect step scores: a {@link ExchangeItemReader.Scope} name. */
    static final String SCOPE = "scope";
    /** The unfinished runs this run takes over, comma-separated: the exchanges they wrote are scored too. */
    static final String TAKEOVER = "takeover";
    /**
     * {@code true}: the detect step finds every message's signals again with the run's policy (a
     * rescan), unless the index says they were found by this build under this policy; {@code force}: in any case.
     */
    static final String REANNOTATE = "reannotate";
    /** A digest of what the user asked for: the same request resumes an unfinished run. */
    static final String REQUEST = "request";
    /** The command line that started the run, shown by {@code runs --failed} as the way to resume it. */
    static final String COMMAND = "command";
    /** When a report was rendered again: makes each rendering its own job instance. */
    static final String RENDERED_AT = "renderedAt";

    /** A new run id: the current time, with a suffix when a run of that second exists. */
    static String newRunId(RunStore runs) {
        String base = RUN_ID_FORMAT.format(Instant.now());
        String id = base;
        for (int n = 2; runs.run(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A short digest of a text, for a job parameter. */
    static String digest(String text) {
        return Message.hash(text, 16);
    }

    /** This process's command line as typed after {@code java -jar phiscan.jar}, passwords left out. */
    static String command() {
        String c = WorkspaceLock.command(ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()));
        return c.length() > 2000 ? c.substring(0, 1999) + "…" : c;
    }
}
