package io.phiscan.job;

import io.phiscan.ingest.ExportTree;
import io.phiscan.model.Sha256;
import io.phiscan.review.PartLedger.Part;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A part's fingerprint as a plan takes it: whether its file was rewritten since its last row,
 * and the hash of its bytes.
 */
final class PartFingerprint {
    private PartFingerprint() {
    }

    /**
     * Whether a part was not rewritten since its last row: the same non-empty stamp, size and
     * time, and a hash on that row to keep.
     */
    static boolean sameStamp(Part now, Part last) {
        return last != null && !now.stamp().isEmpty() && now.stamp().equals(last.stamp()) && now.size() >= 0
                && now.size() == last.size() && now.modified() == last.modified() && !last.sha256().isEmpty();
    }

    /** The SHA-256 of a part's bytes in hex, or empty when it cannot be read (reading it will say why). */
    static String sha256(ExportTree tree, String part) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = tree.open(part)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
