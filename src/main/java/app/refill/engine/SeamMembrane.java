package app.refill.engine;

/**
 * Seam correction after the last vote: on the known pixels along the hole's edge, the photo and what the
 * patches propose there differ a little (a colour or brightness offset the eye sees as a seam). That
 * difference is spread into the hole as a membrane, the solution of Laplace's equation inside the hole with
 * the differences as boundary values (Neumann at the image border, so an expand's outer edge is free), and
 * added to the fill. The membrane is started from a pull-push interpolation and relaxed by Gauss-Seidel,
 * which converges in a few dozen sweeps instead of hundreds.
 */
final class SeamMembrane {
    private static final int SWEEPS = 40;
    private static final double OVER_RELAX = 1.8;

    private SeamMembrane() {
    }

    static void apply(PatchField f, float[] wt) {
        Level l = f.l;
        int w = l.w;
        int h = l.h;
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int i = 0; i < l.size(); i++) {
            if (l.hole[i]) {
                int x = i % w;
                int y = i / w;
                x0 = Math.min(x0, x);
                y0 = Math.min(y0, y);
                x1 = Math.max(x1, x);
                y1 = Math.max(y1, y);
            }
        }
        if (x1 < 0) {
            return;
        }
        x0 = Math.max(0, x0 - 1);
        y0 = Math.max(0, y0 - 1);
        x1 = Math.min(w - 1, x1 + 1);
        y1 = Math.min(h - 1, y1 + 1);
        int bw = x1 - x0 + 1;
        int bh = y1 - y0 + 1;
        // 0 = elsewhere, 1 = ring (known, next to the hole: boundary value), 2 = hole (unknown)
        byte[] kind = new byte[bw * bh];
        float[][] val = new float[3][bw * bh];
        double[] proposal = new double[Level.CHANNELS];
        boolean anyRing = false;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int i = y * w + x;
                int b = (y - y0) * bw + (x - x0);
                if (l.hole[i]) {
                    kind[b] = 2;
                } else if (nextToHole(l, x, y) && Voting.gather(f, wt, x, y, proposal)) {
                    kind[b] = 1;
                    anyRing = true;
                    double[] across = fillAcross(l, x, y);
                    for (int k = 0; k < 3; k++) {
                        // half the patches' own disagreement here, half the step to the fill next door
                        val[k][b] = (float) (l.ch[k][i] - (proposal[k] + across[k]) / 2);
                    }
                }
            }
        }
        if (!anyRing) {
            return;
        }
        for (int k = 0; k < 3; k++) {
            pullPush(val[k], kind, bw, bh);
            relax(val[k], kind, bw, bh);
        }
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int b = (y - y0) * bw + (x - x0);
                if (kind[b] == 2) {
                    int i = y * w + x;
                    for (int k = 0; k < 3; k++) {
                        l.ch[k][i] = PatchField.clamp(Math.round(l.ch[k][i] + val[k][b]), 0, 255);
                    }
                }
            }
        }
    }

    /** Mean of the filled pixels 4-adjacent to the kept pixel (x, y). */
    private static double[] fillAcross(Level l, int x, int y) {
        double[] sum = new double[3];
        int n = 0;
        int i = y * l.w + x;
        int[] nb = {x > 0 ? i - 1 : -1, x < l.w - 1 ? i + 1 : -1, y > 0 ? i - l.w : -1, y < l.h - 1 ? i + l.w : -1};
        for (int j : nb) {
            if (j >= 0 && l.hole[j]) {
                for (int k = 0; k < 3; k++) {
                    sum[k] += l.ch[k][j];
                }
                n++;
            }
        }
        for (int k = 0; k < 3; k++) {
            sum[k] /= Math.max(1, n);
        }
        return sum;
    }

    private static boolean nextToHole(Level l, int x, int y) {
        int i = y * l.w + x;
        return x > 0 && l.hole[i - 1] || x < l.w - 1 && l.hole[i + 1] || y > 0 && l.hole[i - l.w]
                || y < l.h - 1 && l.hole[i + l.w];
    }

    /** Gauss-Seidel over-relaxation of the hole pixels (only those: a scribble's box is mostly not hole). */
    private static void relax(float[] v, byte[] kind, int w, int h) {
        int count = 0;
        for (byte k : kind) {
            count += k == 2 ? 1 : 0;
        }
        int[] holes = new int[count];
        for (int i = 0, n = 0; i < kind.length; i++) {
            if (kind[i] == 2) {
                holes[n++] = i;
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int i : holes) {
                int x = i % w;
                double sum = 0;
                int n = 0;
                if (x > 0 && kind[i - 1] != 0) {
                    sum += v[i - 1];
                    n++;
                }
                if (x < w - 1 && kind[i + 1] != 0) {
                    sum += v[i + 1];
                    n++;
                }
                if (i >= w && kind[i - w] != 0) {
                    sum += v[i - w];
                    n++;
                }
                if (i + w < kind.length && kind[i + w] != 0) {
                    sum += v[i + w];
                    n++;
                }
                if (n > 0) {
                    v[i] += (float) (OVER_RELAX * (sum / n - v[i]));
                }
            }
        }
    }

    /**
     * Fills the hole's values from the ring's by pull-push (Gortler et al. 1996): average the known values
     * down a pyramid, then fill each unknown pixel from the coarser level, bilinearly.
     */
    private static void pullPush(float[] v, byte[] kind, int w, int h) {
        float[] weight = new float[w * h];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = kind[i] == 1 ? 1 : 0;
            if (kind[i] != 1) {
                v[i] = 0;
            }
        }
        pullPush(v, weight, w, h, kind);
    }

    /** @param need when not null, only pixels of kind 2 (hole) are filled at this level: the rest are unused */
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
                if (wt[i] < 1 && (need == null || need[i] == 2)) {
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
