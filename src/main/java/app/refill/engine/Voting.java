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
    /**
     * Which of the level's match errors sets σ². The 25th percentile made the vote nearly winner-take-all: every
     * boundary between two sources stayed a hard edge, and a large fill looked like a collage of cut-outs. The
     * 75th blends them; the texture floor, not a sharp vote, now keeps a large fill detailed.
     */
    private static final double SIGMA_PERCENTILE = 0.75;

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
            twoSigma2 = 2 * Math.max(1, norm[(int) (norm.length * SIGMA_PERCENTILE)]);
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
        short[] px = f.px;
        int[] nnf = f.nnf;
        boolean[] isTarget = f.isTarget;
        // sources are known pixels, whose interleaved channels in px are always current
        float c0 = 0;
        float c1 = 0;
        float c2 = 0;
        float c3 = 0;
        float c4 = 0;
        float total = 0;
        for (int dy = Math.max(-r, y - l.h + 1); dy <= Math.min(r, y); dy++) {
            int row = (y - dy) * w;
            for (int dx = Math.max(-r, x - w + 1); dx <= Math.min(r, x); dx++) {
                int p = row + x - dx;
                if (!isTarget[p]) {
                    continue;
                }
                float pw = wt[p];
                int s = (nnf[p] + dy * w + dx) * Level.CHANNELS;
                c0 += pw * px[s];
                c1 += pw * px[s + 1];
                c2 += pw * px[s + 2];
                c3 += pw * px[s + 3];
                c4 += pw * px[s + 4];
                total += pw;
            }
        }
        if (total <= 0) {
            return false;
        }
        out[0] = c0 / total;
        out[1] = c1 / total;
        out[2] = c2 / total;
        out[3] = c3 / total;
        out[4] = c4 / total;
        return true;
    }
}
