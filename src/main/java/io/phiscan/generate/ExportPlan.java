package io.phiscan.generate;

import io.phiscan.model.Platform;

/**
 * One export to write: whose, which platform, how many messages (as phiscan counts them), and the
 * seed of its own stream of chance, so that exports can be written in any order, or at once.
 *
 * @param index the export's place in the run (0, 1, …)
 * @param part most messages in one file of a split stream (X parts, split CSV files, Meta posts and comments)
 */
record ExportPlan(int index, Platform platform, Physician owner, int messages, long seed, double clinicalShare, int part) {
}
