/**
 * Spring Batch: the jobs ({@code auditJob}: ingest → detect → report; {@code rescanJob}: detect →
 * report; {@code reportJob}: render), their steps, the adapters that feed the stage packages'
 * plain Java to readers, processors and writers, and how they are launched: the workspace lock,
 * resuming and taking over unfinished runs, graceful stop, progress, job specs. The JDBC job
 * repository shares the workspace database with the findings. May depend on every stage package.
 */
package io.phiscan.job;
