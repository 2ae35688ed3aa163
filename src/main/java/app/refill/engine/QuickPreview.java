package app.refill.engine;

/**
 * A fill to show at once while the real one runs: Telea's fast-marching fill on a copy of at most
 * {@link #MAX_PIXELS}, so it takes tens of milliseconds whatever the size sent (it is smooth anyway, so the
 * smaller copy loses nothing a viewer would see once it is scaled back up). A block of the copy is hole if
 * any of its pixels is, so the preview covers the whole hole.
 */
public final class QuickPreview {
    public static final long MAX_PIXELS = 400_000;

    /** The preview's pixels (opaque ARGB) and size. */
    public record Image(int[] argb, int width, int height) {
    }

    private QuickPreview() {
    }

    public static Image of(int[] argb, int w, int h, boolean[] hole) {
        int f = 1;
        while ((long) ceilDiv(w, f) * ceilDiv(h, f) > MAX_PIXELS) {
            f++;
        }
        int sw = ceilDiv(w, f);
        int sh = ceilDiv(h, f);
        int[] small = new int[sw * sh];
        boolean[] smallHole = new boolean[sw * sh];
        for (int sy = 0; sy < sh; sy++) {
            for (int sx = 0; sx < sw; sx++) {
                long r = 0;
                long g = 0;
                long b = 0;
                int n = 0;
                boolean anyHole = false;
                for (int y = sy * f; y < Math.min(h, sy * f + f); y++) {
                    for (int x = sx * f; x < Math.min(w, sx * f + f); x++) {
                        int p = argb[y * w + x];
                        r += p >> 16 & 0xff;
                        g += p >> 8 & 0xff;
                        b += p & 0xff;
                        n++;
                        anyHole |= hole[y * w + x];
                    }
                }
                small[sy * sw + sx] = 0xff000000 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
                smallHole[sy * sw + sx] = anyHole;
            }
        }
        // opaque: the copy's pixels are, and the fill writes opaque pixels into the hole
        return new Image(FastMarchingFill.fill(small, sw, sh, smallHole), sw, sh);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
