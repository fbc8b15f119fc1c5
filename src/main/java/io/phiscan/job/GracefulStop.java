package io.phiscan.job;

import java.util.function.Consumer;
import org.springframework.batch.core.launch.JobOperator;
import sun.misc.Signal;

/**
 * Turns SIGTERM (what systemd and {@code kill} send) and SIGINT (Ctrl-C) into a graceful stop:
 * the job operator stops the running job at the next chunk boundary, which leaves a run that
 * the same command resumes. A second signal ends the process at once (as {@code kill -9} would:
 * still restartable, from the last checkpoint). Installed for the duration of one job.
 */
final class GracefulStop implements AutoCloseable {
    private TerminationSignals handled;
    private volatile boolean signalled;

    private GracefulStop() {
    }

    /** Installs the handlers; {@code say} tells the user (standard error) what happens. */
    static GracefulStop install(RunningJob job, JobOperator operator, Consumer<String> say) {
        GracefulStop stop = new GracefulStop();
        stop.handled = TerminationSignals.handle(s -> stop.onSignal(s, job, operator, say));
        return stop;
    }

    private void onSignal(Signal s, RunningJob job, JobOperator operator, Consumer<String> say) {
        if (signalled) {
            say.accept("second SIG" + s.getName() + ": ending now; the run resumes from its last checkpoint");
            Runtime.getRuntime().halt(ExitStatus.JOB_FAILED);
        }
        signalled = true;
        say.accept("SIG" + s.getName() + " received: stopping at the next chunk boundary");
        job.requestStop(operator);
    }

    /** Whether a signal asked the job to stop. */
    boolean signalled() {
        return signalled;
    }

    @Override
    public void close() {
        handled.close();
    }

    /** The exit status the contract gives a job that did not complete. */
    static final class ExitStatus {
        static final int JOB_FAILED = 1;

        private ExitStatus() {
        }
    }
}
