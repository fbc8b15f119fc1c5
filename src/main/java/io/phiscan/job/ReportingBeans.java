package io.phiscan.job;

import io.phiscan.review.EventLog;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import io.phiscan.review.Ledger;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import io.phiscan.review.RunTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the jobs that write reports share: the picture of a run from the stores, the records of
 * the review (warnings, block lists, chart notes), and the running job. In the context of every
 * job, and alone with the database in {@link ReportApplication}, which renders reports without
 * the index.
 */
@Configuration(proxyBeanMethods = false)
class ReportingBeans {

    @Bean
    RunPicture runPicture(RunStore runs, FindingStore findings, FindingHistory history, PartLedger ledger) {
        return new RunPicture(runs, findings, history, ledger);
    }

    @Bean
    ReviewRecords reviewRecords(Ledger ledger, EventLog events, RunTrail trail) {
        return new ReviewRecords(ledger, events, trail);
    }

    /** The job running in this context, for a graceful stop. */
    @Bean
    RunningJob runningJob() {
        return new RunningJob();
    }
}
