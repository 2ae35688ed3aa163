package app.refill.engine;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The M step of Wexler et al. 2007: every hole pixel becomes the weighted mean of what each patch covering it
 * proposes (its matched source patch's pixel at the same offset). A patch's weight is its confidence,
 * {@code 1.3^-d} for a centre {@code d} steps into the hole (patches that still see real photo are trusted
 * more), times, on the finest level, how well it matched: {@code exp(-ssd / 2σ²)} with σ² the 75th
 * percentile of the level's per-pixel match errors. Sources are always known pixels, so voting in place is safe.
 */
final class Voting {
    private static final double DECAY = 1.3;
    private static final int MAX_DEPTH = 60;

    private Voting() {
    }

    static float[] weights(PatchField f, int[] holeDistance, boolean bySimilarity) {
        Level l = f.l;
        float[] wt = new float[l.size()];
        double twoSigma2 = 1;
        if (bySimilarity && l.targets.length > 0) {
            double[] norm = new double[l.targets.length];
            for (int k = 0; k < norm.length; k++) {
                int t = l.targets[k];
                norm[k] = (double) f.dist[t] / f.patchArea(t);
            }
            Arrays.sort(norm);
            twoSigma2 = 2 * Math.max(1, norm[(int) (norm.length * 0.25)]);
        }
        for (int t : l.targets) {
            double w = Math.pow(DECAY, -Math.min(holeDistance[t], MAX_DEPTH));
            if (bySimilarity) {
                w *= Math.exp(-f.dist[t] / (double) f.patchArea(t) / twoSigma2);
            }
            wt[t] = (float) Math.max(w, 1e-30);
        }
        return wt;
    }

    /** Rewrites every hole pixel of the level from the votes of the patches covering it. */
    static void vote(PatchField f, float[] wt) {
        Level l = f.l;
        IntStream.range(0, l.h).parallel().forEach(y -> {
            double[] acc = new double[Level.CHANNELS];
            for (int x = 0; x < l.w; x++) {
                int q = y * l.w + x;
                if (l.hole[q]) {
                    if (gather(f, wt, x, y, acc)) {
                        for (int k = 0; k < Level.CHANNELS; k++) {
                            l.ch[k][q] = (int) Math.round(acc[k]);
                        }
                    }
                }
            }
        });
    }

    /** The weighted mean proposal at (x, y) into {@code out}; false when no patch covers it. */
    static boolean gather(PatchField f, float[] wt, int x, int y, double[] out) {
        Level l = f.l;
        int w = l.w;
        int r = f.r;
        Arrays.fill(out, 0);
        double total = 0;
        for (int dy = -r; dy <= r; dy++) {
            int py = y - dy;
            if (py < 0 || py >= l.h) {
                continue;
            }
            for (int dx = -r; dx <= r; dx++) {
                int px = x - dx;
                if (px < 0 || px >= w) {
                    continue;
                }
                int p = py * w + px;
                if (!f.isTarget[p]) {
                    continue;
                }
                float pw = wt[p];
                int s = f.nnf[p] + dy * w + dx;
                for (int k = 0; k < Level.CHANNELS; k++) {
                    out[k] += pw * l.ch[k][s];
                }
                total += pw;
            }
        }
        if (total <= 0) {
            return false;
        }
        for (int k = 0; k < Level.CHANNELS; k++) {
            out[k] /= total;
        }
        return true;
    }
}
