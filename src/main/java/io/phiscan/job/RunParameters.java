package io.phiscan.job;

/** The names of the audit job's parameters. Only the run id identifies a job instance. */
final class RunParameters {
    private RunParameters() {
    }

    /** The run's id, e.g. {@code 20261126T033811Z}: names the report folder and every record of the run. */
    static final String RUN_ID = "runId";
    /** The policy file, or empty for the built-in policy. */
    static final String POLICY = "policy";
    /** The folder that receives the run's outputs. */
    static final String OUT = "out";
}
