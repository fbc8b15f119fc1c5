/**
 * Spring Batch: the jobs ({@code auditJob}: ingest → detect → report), their steps, and the
 * adapters that feed the stage packages' plain Java to readers, processors and writers. The
 * JDBC job repository shares the workspace database with the findings. May depend on every
 * stage package.
 */
package io.phiscan.job;
