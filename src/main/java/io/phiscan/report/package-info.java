/**
 * The outputs of a run: findings.json, findings.csv, skipped.csv, report.html and its redacted
 * variant report-redacted.html, warnings.csv, the block lists, the chart notes, and manifest.sha256
 * chained to the previous run's manifest (with {@link io.phiscan.report.RunVerifier} to check
 * them), all created readable by their owner only. Everything taken from an export is escaped
 * (HTML) or neutralized (CSV). Depends on {@code model} and {@code review}.
 */
package io.phiscan.report;
