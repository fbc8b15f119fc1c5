/**
 * The workspace database outside the job repository: runs and their inputs, skipped records,
 * findings with their review status, reviewers' dispositions, the offender ledger (warn once,
 * then block) and the append-only audit trail. Plain JDBC over any {@link javax.sql.DataSource}
 * (H2 file by default, PostgreSQL by URL); depends on {@code model}, never on Spring.
 */
package io.phiscan.review;
