package app.refill.core.image;

import app.refill.core.geom.PixelRect;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Paints round dabs into a {@link Mask}: {@code ADD} raises coverage to the dab's (max blend), {@code ERASE}
 * lowers it by the dab's (min with the inverse). Dab centres are quantised to a quarter pixel so that
 * stamps can be cached; a stroke then costs little more than copying bytes. Not thread-safe.
 */
public final class MaskPainter {
    public enum Mode { ADD, ERASE }

    private static final int CACHE_SIZE = 64;
    private final Map<Long, BrushStamp> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, BrushStamp> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The pixels a dab at (cx, cy) would touch, clipped to the mask. */
    public PixelRect dabBounds(Mask mask, double cx, double cy, int diameter, double hardness) {
        return placed(stamp(cx, cy, diameter, hardness), cx, cy).intersect(mask.bounds());
    }

    /** Paints one dab and returns the rectangle it touched (clipped to the mask; may be empty). */
    public PixelRect dab(Mask mask, double cx, double cy, int diameter, double hardness, Mode mode) {
        BrushStamp s = stamp(cx, cy, diameter, hardness);
        PixelRect placed = placed(s, cx, cy);
        PixelRect clip = placed.intersect(mask.bounds());
        if (clip.isEmpty()) {
            return clip;
        }
        byte[] dst = mask.writableRaw();
        int stride = mask.width();
        byte core = mode == Mode.ADD ? (byte) 255 : 0;
        for (int y = clip.y(); y < clip.bottom(); y++) {
            int j = y - placed.y();
            int rowSrc = j * s.width;
            int rowDst = y * stride + placed.x();
            // stamp columns, clipped to the mask
            int lo = Math.max(s.spanStart[j], clip.x() - placed.x());
            int hi = Math.min(s.spanEnd[j], clip.right() - placed.x());
            int coreLo = Math.max(lo, Math.min(hi, s.coreStart[j]));
            int coreHi = Math.max(coreLo, Math.min(hi, s.coreEnd[j]));
            blend(s.coverage, rowSrc, dst, rowDst, lo, coreLo, mode);
            if (coreHi > coreLo) {
                // inside the hard core the result is the same whatever was there: a plain fill
                Arrays.fill(dst, rowDst + coreLo, rowDst + coreHi, core);
            }
            blend(s.coverage, rowSrc, dst, rowDst, coreHi, hi, mode);
        }
        return clip;
    }

    private static void blend(byte[] cov, int rowSrc, byte[] dst, int rowDst, int from, int to, Mode mode) {
        if (mode == Mode.ADD) {
            for (int i = from; i < to; i++) {
                dst[rowDst + i] = (byte) Math.max(dst[rowDst + i] & 0xff, cov[rowSrc + i] & 0xff);
            }
        } else {
            for (int i = from; i < to; i++) {
                dst[rowDst + i] = (byte) Math.min(dst[rowDst + i] & 0xff, 255 - (cov[rowSrc + i] & 0xff));
            }
        }
    }

    private static PixelRect placed(BrushStamp s, double cx, double cy) {
        int px = (int) Math.floor(quantise(cx));
        int py = (int) Math.floor(quantise(cy));
        return new PixelRect(px + s.offsetX, py + s.offsetY, s.width, s.height);
    }

    private BrushStamp stamp(double cx, double cy, int diameter, double hardness) {
        double qx = quantise(cx);
        double qy = quantise(cy);
        int fx = (int) Math.round((qx - Math.floor(qx)) * 4) & 3;
        int fy = (int) Math.round((qy - Math.floor(qy)) * 4) & 3;
        int hard = (int) Math.round(Math.max(0, Math.min(1, hardness)) * 100);
        long key = ((long) diameter << 20) | ((long) hard << 8) | (fx << 4) | fy;
        return cache.computeIfAbsent(key, k -> BrushStamp.create(diameter, hard / 100.0, fx / 4.0, fy / 4.0));
    }

    private static double quantise(double v) {
        return Math.round(v * 4) / 4.0;
    }
}
