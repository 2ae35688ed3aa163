package app.refill.core.image;

import app.refill.core.geom.PixelRect;

/**
 * Bilinear resampling of premultiplied ARGB pixels, computing only a requested window of the destination and
 * splitting its rows across cores. Java2D's general drawImage path took most of the paste-back time for a
 * large answer; this is a fixed-point loop with per-column weights computed once.
 *
 * <p>Mapping (the same as drawing the source scaled onto {@code target}): destination pixel centre
 * {@code x + 0.5} samples the source at {@code (x + 0.5 - target.x) * srcW / target.w - 0.5}, clamped at the
 * source's edges.
 */
public final class Bilinear {
    private Bilinear() {
    }

    /**
     * The source stretched over {@code target}, evaluated at the pixels of {@code window} (same coordinate space
     * as {@code target}); row-major, {@code window.width()} per row.
     */
    public static int[] resample(int[] src, int srcW, int srcH, PixelRect target, PixelRect window) {
        int w = window.width();
        int h = window.height();
        int[] out = new int[w * h];
        int[] x0 = new int[w];
        int[] x1 = new int[w];
        int[] fx = new int[w];
        weights(window.x() - target.x(), w, (double) srcW / target.width(), srcW, x0, x1, fx);
        int[] y0 = new int[h];
        int[] y1 = new int[h];
        int[] fy = new int[h];
        weights(window.y() - target.y(), h, (double) srcH / target.height(), srcH, y0, y1, fy);
        Bands.forEach(h, (from, to) -> {
            for (int y = from; y < to; y++) {
                int r0 = y0[y] * srcW;
                int r1 = y1[y] * srcW;
                int wy = fy[y];
                int o = y * w;
                for (int x = 0; x < w; x++) {
                    int top = lerp(src[r0 + x0[x]], src[r0 + x1[x]], fx[x]);
                    int bottom = lerp(src[r1 + x0[x]], src[r1 + x1[x]], fx[x]);
                    out[o + x] = lerp(top, bottom, wy);
                }
            }
        });
        return out;
    }

    /** For each destination index: the two source indices and the weight of the second (0..256). */
    private static void weights(int first, int n, double ratio, int srcN, int[] i0, int[] i1, int[] f) {
        for (int i = 0; i < n; i++) {
            double s = (first + i + 0.5) * ratio - 0.5;
            if (s <= 0) {
                i0[i] = 0;
                i1[i] = 0;
                f[i] = 0;
            } else if (s >= srcN - 1) {
                i0[i] = srcN - 1;
                i1[i] = srcN - 1;
                f[i] = 0;
            } else {
                int base = (int) s;
                i0[i] = base;
                i1[i] = base + 1;
                f[i] = (int) Math.round((s - base) * 256);
            }
        }
    }

    /** Per-channel a + (b - a) * f / 256 on four 8-bit channels, two at a time. */
    static int lerp(int a, int b, int f) {
        if (f == 0 || a == b) {
            return a;
        }
        int g = 256 - f;
        int rb = ((a & 0x00ff00ff) * g + (b & 0x00ff00ff) * f + 0x00800080) >>> 8 & 0x00ff00ff;
        int ag = (((a >>> 8) & 0x00ff00ff) * g + ((b >>> 8) & 0x00ff00ff) * f + 0x00800080) & 0xff00ff00;
        return ag | rb;
    }
}
