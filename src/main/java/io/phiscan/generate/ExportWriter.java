package io.phiscan.generate;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one export of a platform, in that platform's layout, under the output folder. */
interface ExportWriter {

    ExportResult write(Path out, ExportPlan plan) throws IOException;

    /** {@code total} split by {@code shares} (which sum to 1); the last takes what rounding leaves. */
    static int[] split(int total, double... shares) {
        int[] out = new int[shares.length];
        int left = total;
        for (int i = 0; i < shares.length - 1; i++) {
            out[i] = (int) Math.round(total * shares[i]);
            out[i] = Math.min(out[i], left);
            left -= out[i];
        }
        out[shares.length - 1] = left;
        return out;
    }
}
