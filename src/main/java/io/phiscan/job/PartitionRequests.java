package io.phiscan.job;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request as it travels over the broker: plain text, the worker step's name and the
 * partition's step execution id ({@code ingestPart 1234}). Everything else a worker needs (the
 * export, its parts, the run) is in the job repository. Stateless.
 */
final class PartitionRequests {
    private PartitionRequests() {
    }

    static String toText(StepExecutionRequest request) {
        return request.getStepName() + " " + request.getStepExecutionId();
    }

    /**
     * @throws IllegalArgumentException when the text is not a request
     */
    static StepExecutionRequest fromText(String text) {
        String[] words = text.strip().split(" ");
        if (words.length != 2 || !words[0].equals(IngestPartitioner.WORKER_STEP) || !words[1].matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("not a partition request of phiscan");
        }
        return new StepExecutionRequest(words[0], Long.parseLong(words[1]));
    }
}
