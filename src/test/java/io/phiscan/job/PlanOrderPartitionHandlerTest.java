package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * The ingest step's units start in the order of the plan, whatever order the splitter hands them
 * over in: the threads read one export's zip together, then the next.
 */
class PlanOrderPartitionHandlerTest {

    @Test
    void theUnitsStartInPlanOrder() throws Exception {
        JobExecution job = new JobExecution(1, new JobInstance(1, AuditJobConfiguration.NAME), new JobParameters());
        Set<StepExecution> units = new HashSet<>();
        long id = 0;
        for (String unit : List.of("part-12", "export-0", "part-3", "part-101", "export-20", "part-2")) {
            units.add(new StepExecution(++id, IngestPartitioner.WORKER_STEP + ":" + unit, job));
        }
        List<String> started = new CopyOnWriteArrayList<>();
        PlanOrderPartitionHandler handler = new PlanOrderPartitionHandler();
        handler.setTaskExecutor(new SyncTaskExecutor());
        handler.setStep(unit -> {
            started.add(unit.getStepName().substring(unit.getStepName().indexOf(':') + 1));
            unit.setStatus(BatchStatus.COMPLETED);
        });

        handler.doHandle(new StepExecution(++id, "ingest", job), units);

        assertThat(started).containsExactly("export-0", "part-2", "part-3", "part-12", "export-20", "part-101");
    }
}
