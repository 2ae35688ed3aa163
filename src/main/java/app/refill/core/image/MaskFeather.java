package app.refill.core.image;

import app.refill.core.geom.PixelRect;

/**
 * Softens the mask's edges with a Gaussian blur approximated by three box blurs (sigma = radius / 2, so the
 * soft band reaches about {@code radius} px to each side of the edge). Works only on the covered bounds plus
 * the blur's reach, so a small mask on a large canvas is cheap. At the image border pixels are extended, so a
 * mask that touches the border stays solid there.
 */
public final class MaskFeather {
    private MaskFeather() {
    }

    public static Mask feather(Mask src, int radius) {
        Mask out = src.copy();
        Patch p = patch(src, radius);
        if (!p.area().isEmpty()) {
            out.write(p.area(), p.values());
        }
        return out;
    }

    /**
     * The feathered values of the only region that feathering can change (the covered bounds plus the blur's
     * reach); outside it the mask is unchanged (0). Saves copying a whole canvas-sized mask.
     */
    public record Patch(PixelRect area, byte[] values) {
        public int get(int x, int y, Mask src) {
            return area.contains(x, y) ? values[(y - area.y()) * area.width() + (x - area.x())] & 0xff : src.get(x, y);
        }
    }

    public static Patch patch(Mask src, int radius) {
        PixelRect covered = src.coveredBounds();
        if (radius <= 0 || covered.isEmpty()) {
            return new Patch(PixelRect.EMPTY, new byte[0]);
        }
        int[] boxes = boxRadii(radius / 2.0);
        int reach = boxes[0] + boxes[1] + boxes[2] + 1;
        PixelRect area = covered.grow(reach).intersect(src.bounds());
        int w = area.width();
        int h = area.height();
        int[] a = new int[w * h];
        byte[] s = src.raw();
        for (int y = 0; y < h; y++) {
            int si = (area.y() + y) * src.width() + area.x();
            for (int x = 0; x < w; x++) {
                a[y * w + x] = s[si + x] & 0xff;
            }
        }
        int[] b = new int[w * h];
        for (int r : boxes) {
            blurRows(a, b, w, h, r);
            blurColumns(b, a, w, h, r);
        }
        return new Patch(area, toBytes(a));
    }

    /** Radii of three boxes whose repeated blur approximates a Gaussian of the given sigma. */
    static int[] boxRadii(double sigma) {
        int n = 3;
        double wIdeal = Math.sqrt(12 * sigma * sigma / n + 1);
        int wl = (int) Math.floor(wIdeal);
        if (wl % 2 == 0) {
            wl--;
        }
        int wu = wl + 2;
        double mIdeal = (12 * sigma * sigma - n * wl * wl - 4.0 * n * wl - 3.0 * n) / (-4.0 * wl - 4);
        long m = Math.round(mIdeal);
        int[] radii = new int[n];
        for (int i = 0; i < n; i++) {
            radii[i] = ((i < m ? wl : wu) - 1) / 2;
        }
        return radii;
    }

    private static void blurRows(int[] src, int[] dst, int w, int h, int r) {
        int size = 2 * r + 1;
        Bands.forEach(h, (y0, y1) -> {
            for (int y = y0; y < y1; y++) {
                int row = y * w;
                long sum = 0;
                for (int k = -r; k <= r; k++) {
                    sum += src[row + clamp(k, w)];
                }
                for (int x = 0; x < w; x++) {
                    dst[row + x] = (int) ((sum + size / 2) / size);
                    sum += src[row + clamp(x + r + 1, w)] - src[row + clamp(x - r, w)];
                }
            }
        });
    }

    /**
     * Vertical box blur walking rows in memory order with one running sum per column: walking each column down
     * touched a new cache line per pixel and made feathering a 28 MP expand canvas take seconds.
     */
    private static void blurColumns(int[] src, int[] dst, int w, int h, int r) {
        int size = 2 * r + 1;
        Bands.forEach(w, (x0, x1) -> {
            int n = x1 - x0;
            long[] sum = new long[n];
            for (int k = -r; k <= r; k++) {
                int row = clamp(k, h) * w + x0;
                for (int i = 0; i < n; i++) {
                    sum[i] += src[row + i];
                }
            }
            for (int y = 0; y < h; y++) {
                int out = y * w + x0;
                int add = clamp(y + r + 1, h) * w + x0;
                int sub = clamp(y - r, h) * w + x0;
                for (int i = 0; i < n; i++) {
                    dst[out + i] = (int) ((sum[i] + size / 2) / size);
                    sum[i] += src[add + i] - src[sub + i];
                }
            }
        });
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : (i >= n ? n - 1 : i);
    }

    private static byte[] toBytes(int[] a) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) a[i];
        }
        return out;
    }
}
