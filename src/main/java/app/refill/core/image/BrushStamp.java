package app.refill.core.image;

/**
 * The coverage footprint of one round brush dab, precomputed so that painting is a max/min blend of two byte
 * arrays. Coverage is 255 inside {@code hardness * radius} and falls off smoothly (smoothstep) to 0 at the
 * radius; at hardness 1 the edge is hard. Sampled at pixel centres. Offsets are relative to the whole pixel
 * that holds the dab centre. Immutable.
 */
public final class BrushStamp {
    final int offsetX;
    final int offsetY;
    final int width;
    final int height;
    final byte[] coverage;
    /** Per row: columns [spanStart, spanEnd) have coverage; [coreStart, coreEnd) are fully covered. */
    final int[] spanStart;
    final int[] spanEnd;
    final int[] coreStart;
    final int[] coreEnd;

    private BrushStamp(int offsetX, int offsetY, int width, int height, byte[] coverage) {
        this.offsetX = offsetX;
        this.offsetY = offsetY;
        this.width = width;
        this.height = height;
        this.coverage = coverage;
        spanStart = new int[height];
        spanEnd = new int[height];
        coreStart = new int[height];
        coreEnd = new int[height];
        for (int j = 0; j < height; j++) {
            findSpans(j);
        }
    }

    /** The disc is convex, so each row's covered and fully covered pixels are single runs. */
    private void findSpans(int j) {
        int row = j * width;
        int s = 0;
        while (s < width && coverage[row + s] == 0) {
            s++;
        }
        int e = width;
        while (e > s && coverage[row + e - 1] == 0) {
            e--;
        }
        int cs = s;
        while (cs < e && coverage[row + cs] != (byte) 255) {
            cs++;
        }
        int ce = e;
        while (ce > cs && coverage[row + ce - 1] != (byte) 255) {
            ce--;
        }
        spanStart[j] = s;
        spanEnd[j] = e;
        coreStart[j] = cs;
        coreEnd[j] = Math.max(cs, ce);
    }

    /**
     * @param diameter brush size in image pixels (at least 1)
     * @param hardness 0 (soft) to 1 (hard)
     * @param fracX    dab centre's position inside its pixel, 0 &lt;= fracX &lt; 1
     */
    public static BrushStamp create(double diameter, double hardness, double fracX, double fracY) {
        double r = Math.max(0.5, diameter / 2);
        double inner = Math.max(0, Math.min(1, hardness)) * r;
        int x0 = (int) Math.floor(fracX - r);
        int y0 = (int) Math.floor(fracY - r);
        int x1 = (int) Math.ceil(fracX + r);
        int y1 = (int) Math.ceil(fracY + r);
        int w = x1 - x0;
        int h = y1 - y0;
        byte[] cov = new byte[w * h];
        double r2 = r * r;
        double inner2 = inner * inner;
        for (int j = 0; j < h; j++) {
            double dy = y0 + j + 0.5 - fracY;
            for (int i = 0; i < w; i++) {
                double dx = x0 + i + 0.5 - fracX;
                double d2 = dx * dx + dy * dy;
                if (d2 <= inner2) {
                    cov[j * w + i] = (byte) 255;
                } else if (d2 <= r2) {
                    double t = (Math.sqrt(d2) - inner) / (r - inner);
                    double falloff = 1 - t * t * (3 - 2 * t);
                    cov[j * w + i] = (byte) Math.round(255 * falloff);
                }
            }
        }
        return new BrushStamp(x0, y0, w, h, cov);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int coverageAt(int i, int j) {
        return coverage[j * width + i] & 0xff;
    }
}
