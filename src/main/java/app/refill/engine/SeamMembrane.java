package app.refill.engine;

/**
 * Seam correction after the last vote: on the known pixels along the hole's edge, the photo and what the
 * patches propose there differ a little (a colour or brightness offset the eye sees as a seam). That
 * difference is spread into the hole as a membrane, the solution of Laplace's equation inside the hole with
 * the differences as boundary values (Neumann at the image border, so an expand's outer edge is free), and
 * added to the fill; {@link MembraneSolver} solves it.
 */
final class SeamMembrane {
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
        // elsewhere, ring (known, next to the hole: boundary value) or hole (unknown)
        byte[] kind = new byte[bw * bh];
        float[][] val = new float[3][bw * bh];
        double[] proposal = new double[Level.CHANNELS];
        boolean anyRing = false;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int i = y * w + x;
                int b = (y - y0) * bw + (x - x0);
                if (l.hole[i]) {
                    kind[b] = MembraneSolver.FREE;
                } else if (nextToHole(l, x, y) && Voting.gather(f, wt, x, y, proposal)) {
                    kind[b] = MembraneSolver.FIXED;
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
        MembraneSolver.solve(val, kind, bw, bh);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int b = (y - y0) * bw + (x - x0);
                if (kind[b] == MembraneSolver.FREE) {
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
}
