package io.phiscan.generate;

import io.phiscan.model.Platform;

/**
 * What one written export holds.
 *
 * @param folder the export's folder, relative to the output folder
 * @param account the account as phiscan names it (X and Reddit user name, Facebook name, …)
 * @param messages the messages phiscan reads from it
 * @param conversations its conversations (and, on Mastodon, the owner's replies)
 * @param clinical the planted clinical exchanges among them
 * @param files the files written
 * @param bytes their size
 */
public record ExportResult(String folder, Platform platform, String account, int messages, int conversations,
        int clinical, int files, long bytes) {
}
