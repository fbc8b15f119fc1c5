/**
 * The workspace database outside the job repository: runs and their inputs, skipped records,
 * findings with their review status, reviewers' dispositions, the offender ledger (warn once,
 * then block), the append-only audit trail, what each run did with each export file
 * (fingerprints for incremental audits), which findings are current and what each run changed.
 * Plain JDBC over any {@link javax.sql.DataSource} (H2 file by default, PostgreSQL by URL);
 * depends on {@code model}, never on Spring.
 */
package io.phiscan.review;
