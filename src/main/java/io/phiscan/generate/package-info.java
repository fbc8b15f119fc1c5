/**
 * Synthetic exports for benchmarks and scale tests ({@code phiscan generate}): every platform
 * phiscan reads, in the layouts its readers accept (X "Your archive", Facebook and Instagram JSON
 * with Meta's mojibake, LinkedIn and Reddit CSV, a Mastodon archive), any size, streamed in flat
 * memory, the same bytes for the same seed and arguments, with invented people only and a known
 * number of planted clinical exchanges ({@code generated.json}). Plain Java, Jackson and
 * commons-csv; depends on {@code model} only, never on Spring, Lucene, or the {@code ingest},
 * {@code job} and {@code cli} packages.
 */
package io.phiscan.generate;
