/**
 * The outputs of a run: findings.json, findings.csv, report.html, skipped.csv, warnings.csv,
 * the block lists, the chart notes and the manifest, all created readable by their owner only. Everything taken from an export is escaped (HTML)
 * or neutralized (CSV). Depends on {@code model} and {@code review}.
 */
package io.phiscan.report;
