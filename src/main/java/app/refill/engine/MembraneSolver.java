package app.refill.engine;

import java.util.stream.IntStream;

/**
 * Laplace's equation on a masked grid: cells of kind {@link #FREE} are solved for, cells of kind {@link #FIXED}
 * hold their values (Dirichlet), cells of kind {@link #OUTSIDE} take no part, so a free cell next to one is
 * free there (Neumann). Every channel of the values is solved at once.
 *
 * <p>Started from a pull-push interpolation of the fixed values, which gets the wide shape about right, then
 * relaxed by red-black Gauss-Seidel over-relaxation, which settles the few pixels next to the fixed cells where
 * a seam would show. Each half-sweep updates only cells of one colour, which read only the other colour, so it
 * runs in parallel and the result does not depend on the number of threads.
 */
final class MembraneSolver {
    static final byte OUTSIDE = 0;
    static final byte FIXED = 1;
    static final byte FREE = 2;

    private static final int SWEEPS = 40;
    private static final float OVER_RELAX = 1.8f;

    private MembraneSolver() {
    }

    /**
     * @param v    per channel, the values: fixed cells' are read, free cells' are overwritten with the solution
     * @param kind per cell, {@link #OUTSIDE}, {@link #FIXED} or {@link #FREE}
     */
    static void solve(float[][] v, byte[] kind, int w, int h) {
        for (float[] channel : v) {
            pullPush(channel, kind, w, h);
        }
        int[][] cells = {freeCells(kind, w, 0), freeCells(kind, w, 1)};
        int[][] neighbours = {neighbours(cells[0], kind, w), neighbours(cells[1], kind, w)};
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int colour = 0; colour < 2; colour++) {
                int[] cs = cells[colour];
                int[] nb = neighbours[colour];
                int chunks = Math.max(1, Math.min(64, cs.length / 4096));
                IntStream.range(0, chunks).parallel().forEach(chunk -> {
                    int from = (int) ((long) cs.length * chunk / chunks);
                    int to = (int) ((long) cs.length * (chunk + 1) / chunks);
                    for (int j = from; j < to; j++) {
                        relax(v, cs[j], nb, 4 * j);
                    }
                });
            }
        }
    }

    /** The free cells of one colour of the checkerboard, in scan order. */
    private static int[] freeCells(byte[] kind, int w, int colour) {
        return IntStream.range(0, kind.length).filter(i -> kind[i] == FREE && ((i % w + i / w) & 1) == colour)
                .toArray();
    }

    private static void relax(float[][] v, int i, int[] nb, int at) {
        for (float[] c : v) {
            float sum = 0;
            int n = 0;
            for (int k = at; k < at + 4; k++) {
                int j = nb[k];
                if (j >= 0) {
                    sum += c[j];
                    n++;
                }
            }
            if (n > 0) {
                c[i] += OVER_RELAX * (sum / n - c[i]);
            }
        }
    }

    /** Per cell, its four neighbours that take part (fixed or free), -1 for the others and off the grid. */
    private static int[] neighbours(int[] cells, byte[] kind, int w) {
        int[] nb = new int[4 * cells.length];
        for (int j = 0; j < cells.length; j++) {
            int i = cells[j];
            int x = i % w;
            nb[4 * j] = x > 0 && kind[i - 1] != OUTSIDE ? i - 1 : -1;
            nb[4 * j + 1] = x < w - 1 && kind[i + 1] != OUTSIDE ? i + 1 : -1;
            nb[4 * j + 2] = i >= w && kind[i - w] != OUTSIDE ? i - w : -1;
            nb[4 * j + 3] = i + w < kind.length && kind[i + w] != OUTSIDE ? i + w : -1;
        }
        return nb;
    }

    /**
     * Fills the hole's values from the ring's by pull-push (Gortler et al. 1996): average the known values
     * down a pyramid, then fill each unknown pixel from the coarser level, bilinearly.
     */
    private static void pullPush(float[] v, byte[] kind, int w, int h) {
        float[] weight = new float[w * h];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = kind[i] == FIXED ? 1 : 0;
            if (kind[i] != FIXED) {
                v[i] = 0;
            }
        }
        pullPush(v, weight, w, h, kind);
    }

    /** @param need when not null, only free cells are filled at this level: the rest are unused */
    private static void pullPush(float[] v, float[] wt, int w, int h, byte[] need) {
        if (w <= 1 && h <= 1) {
            return;
        }
        int cw = (w + 1) / 2;
        int ch = (h + 1) / 2;
        float[] cv = new float[cw * ch];
        float[] cwt = new float[cw * ch];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = (y / 2) * cw + x / 2;
                cv[c] += v[y * w + x] * wt[y * w + x];
                cwt[c] += wt[y * w + x];
            }
        }
        for (int c = 0; c < cv.length; c++) {
            if (cwt[c] > 0) {
                cv[c] /= cwt[c];
            }
            cwt[c] = Math.min(1, cwt[c]);
        }
        pullPush(cv, cwt, cw, ch, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (wt[i] < 1 && (need == null || need[i] == FREE)) {
                    float coarse = bilinear(cv, cw, ch, (x - 0.5f) / 2, (y - 0.5f) / 2);
                    v[i] = wt[i] * v[i] + (1 - wt[i]) * coarse;
                }
            }
        }
    }

    private static float bilinear(float[] a, int w, int h, float x, float y) {
        x = Math.max(0, Math.min(w - 1, x));
        y = Math.max(0, Math.min(h - 1, y));
        int ix = Math.min((int) x, w - 1);
        int iy = Math.min((int) y, h - 1);
        int jx = Math.min(ix + 1, w - 1);
        int jy = Math.min(iy + 1, h - 1);
        float fx = x - ix;
        float fy = y - iy;
        float top = a[iy * w + ix] * (1 - fx) + a[iy * w + jx] * fx;
        float bottom = a[jy * w + ix] * (1 - fx) + a[jy * w + jx] * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
