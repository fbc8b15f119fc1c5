/**
 * The workspace database outside the job repository: runs and their inputs, skipped records,
 * findings with their review status. Plain JDBC over any {@link javax.sql.DataSource} (H2 file
 * by default, PostgreSQL by URL); depends on {@code model}.
 */
package io.phiscan.review;
