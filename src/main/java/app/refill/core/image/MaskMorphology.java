package app.refill.core.image;

/**
 * Grow and shrink of a mask by an exact Euclidean distance, using the linear-time distance transform of
 * Felzenszwalb and Huttenlocher, so the cost does not depend on the radius. A pixel counts as covered at
 * coverage 128 and above. The image border is not an edge: a mask that reaches it does not shrink from it.
 */
public final class MaskMorphology {
    private static final int FAR = Integer.MAX_VALUE / 4;

    private MaskMorphology() {
    }

    /** Every pixel within {@code radius} px of a covered pixel becomes fully covered. */
    public static Mask grow(Mask src, int radius) {
        return setNear(src, radius, true, 255);
    }

    /** Every pixel within {@code radius} px of an uncovered pixel becomes uncovered. */
    public static Mask shrink(Mask src, int radius) {
        return setNear(src, radius, false, 0);
    }

    private static Mask setNear(Mask src, int radius, boolean covered, int value) {
        Mask out = src.copy();
        if (radius <= 0) {
            return out;
        }
        int[] d2 = squaredDistanceTo(src, covered);
        long r2 = (long) radius * radius;
        byte[] o = out.writableRaw();
        for (int i = 0; i < o.length; i++) {
            if (d2[i] <= r2) {
                o[i] = (byte) value;
            }
        }
        return out;
    }

    /** Squared distance from each pixel to the nearest pixel that is covered (or uncovered). */
    static int[] squaredDistanceTo(Mask m, boolean covered) {
        int w = m.width();
        int h = m.height();
        byte[] src = m.raw();
        int[] d = new int[w * h];
        for (int i = 0; i < d.length; i++) {
            boolean isCovered = (src[i] & 0xff) >= 128;
            d[i] = isCovered == covered ? 0 : FAR;
        }
        int n = Math.max(w, h);
        int[] f = new int[n];
        int[] out = new int[n];
        int[] v = new int[n];
        double[] z = new double[n + 1];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                f[y] = d[y * w + x];
            }
            transform1d(f, h, out, v, z);
            for (int y = 0; y < h; y++) {
                d[y * w + x] = out[y];
            }
        }
        for (int y = 0; y < h; y++) {
            System.arraycopy(d, y * w, f, 0, w);
            transform1d(f, w, out, v, z);
            System.arraycopy(out, 0, d, y * w, w);
        }
        return d;
    }

    /** One-dimensional squared distance transform (lower envelope of parabolas). */
    private static void transform1d(int[] f, int n, int[] d, int[] v, double[] z) {
        int k = 0;
        int firstFinite = -1;
        for (int q = 0; q < n; q++) {
            if (f[q] < FAR) {
                firstFinite = q;
                break;
            }
        }
        if (firstFinite < 0) {
            for (int q = 0; q < n; q++) {
                d[q] = FAR;
            }
            return;
        }
        v[0] = firstFinite;
        z[0] = Double.NEGATIVE_INFINITY;
        z[1] = Double.POSITIVE_INFINITY;
        for (int q = firstFinite + 1; q < n; q++) {
            if (f[q] >= FAR) {
                continue;
            }
            double s = intersection(f, q, v[k]);
            while (s <= z[k]) {
                k--;
                s = intersection(f, q, v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            long dq = (long) (q - v[k]) * (q - v[k]) + f[v[k]];
            d[q] = (int) Math.min(FAR, dq);
        }
    }

    private static double intersection(int[] f, int q, int p) {
        return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * q - 2.0 * p);
    }
}
