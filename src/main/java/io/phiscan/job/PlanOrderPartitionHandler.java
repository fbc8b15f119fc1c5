package io.phiscan.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.StepExecution;

/**
 * Starts the ingest step's units in the order of the run's plan, where the step's splitter hands
 * them over in no order: the threads then read the units of one export together, then those of
 * the next, and a zip let go for the room of another's listing (which is listed again when it is
 * next read) is not listed again for every unit while units of two zips that do not fit the heap
 * together take turns. The units still run side by side, as many as the executor allows.
 */
final class PlanOrderPartitionHandler extends TaskExecutorPartitionHandler {

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> units) throws Exception {
        List<StepExecution> inPlanOrder = new ArrayList<>(units);
        inPlanOrder.sort(Comparator.comparingInt(unit -> IngestUnit.planOrder(unit.getStepName())));
        return super.doHandle(manager, new LinkedHashSet<>(inPlanOrder));
    }
}
