package app.refill.core.plan;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Bands;

/**
 * The difference view of a result: over its changed rectangle, transparent where the result equals the
 * original and a highlight whose strength grows with the largest channel difference elsewhere, so small
 * re-encoding noise shows faint and real changes show strong. Pure; runs on a worker.
 */
public final class ChangeHighlight {
    /** Highlight colour (premultiplied at full strength): a saturated magenta that photos rarely contain. */
    private static final int R = 255;
    private static final int G = 0;
    private static final int B = 200;

    private ChangeHighlight() {
    }

    public static int[] of(PastedResult result, DocumentSnapshot original) {
        PixelRect area = result.area();
        int[] out = new int[result.pixels().length];
        OriginalOnCanvas before = new OriginalOnCanvas(original);
        int w = area.width();
        Bands.forEach(area.height(), (from, to) -> {
            for (int y = from; y < to; y++) {
                int cy = area.y() + y;
                for (int x = 0; x < w; x++) {
                    int cx = area.x() + x;
                    int d = maxChannelDifference(result.pixels()[y * w + x], before.pixel(cx, cy));
                    int a = d == 0 ? 0 : Math.min(255, 64 + d * 3);
                    out[y * w + x] = a << 24 | (R * a / 255) << 16 | (G * a / 255) << 8 | (B * a / 255);
                }
            }
        });
        return out;
    }

    static int maxChannelDifference(int p, int q) {
        int d = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            d = Math.max(d, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
        }
        return d;
    }
}
