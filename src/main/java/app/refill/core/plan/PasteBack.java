package app.refill.core.plan;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Bands;
import app.refill.core.image.Bilinear;
import app.refill.core.image.MaskFeather;
import app.refill.core.image.io.ArgbPixels;
import java.awt.image.BufferedImage;

/**
 * Puts a provider's answer back at full resolution: the answer is scaled onto its target rectangle and blended
 * through the plan's mask, feathered by {@link #FEATHER} px. Wherever the feathered mask is 0 the original's
 * pixels are copied unchanged, so everything outside the mask's feather band is bit-identical to the original
 * whatever the provider re-encoded, shifted or resized. In an outpaint frame's border there is no original:
 * the answer is taken whole there, so an expanded photo stays opaque. Only the rectangle the feathered mask
 * touches is computed ({@link PastedResult}); the whole canvas is composed only when asked for. Pure; runs on
 * a worker.
 */
public final class PasteBack {
    /** Feather radius in canvas pixels: enough to hide a seam, small enough to keep the edit local. */
    public static final int FEATHER = 4;

    private PasteBack() {
    }

    /** The whole result canvas (TYPE_INT_ARGB_PRE): the original with the answer pasted in. */
    public static BufferedImage apply(Plan plan, DocumentSnapshot doc, BufferedImage answer) {
        return paste(plan, doc, answer).compose(doc);
    }

    /** The answer pasted onto the original, as the rectangle it changes. */
    public static PastedResult paste(Plan plan, DocumentSnapshot doc, BufferedImage answer) {
        MaskFeather.Patch blend = MaskFeather.patch(plan.blend(), FEATHER);
        PixelRect area = blend.area().intersect(plan.target());
        if (area.isEmpty()) {
            return new PastedResult(plan.canvas(), PixelRect.EMPTY, new int[0]);
        }
        int[] out = Bilinear.resample(ArgbPixels.of(answer), answer.getWidth(), answer.getHeight(), plan.target(), area);
        int[] orig = ArgbPixels.of(doc.image());
        PixelRect at = doc.outsets().imageRectIn(doc.imageSize());
        byte[] a = blend.values();
        PixelRect ba = blend.area();
        int w = area.width();
        int h = area.height();
        Bands.forEach(h, (from, to) -> {
            for (int y = from; y < to; y++) {
                int cy = area.y() + y;
                int arow = (cy - ba.y()) * ba.width() + (area.x() - ba.x());
                boolean inImageRow = cy >= at.y() && cy < at.bottom();
                int orow = (cy - at.y()) * at.width() - at.x();
                for (int x = 0; x < w; x++) {
                    int alpha = a[arow + x] & 0xff;
                    if (alpha == 255) {
                        continue;
                    }
                    int cx = area.x() + x;
                    if (!inImageRow || cx < at.x() || cx >= at.right()) {
                        // the frame's border: nothing lies under the answer, and blending with nothing there
                        // would leave the columns next to the photo's edge partly transparent
                        continue;
                    }
                    int under = orig[orow + cx];
                    out[y * w + x] = alpha == 0 ? under : mix(out[y * w + x], under, alpha);
                }
            }
        });
        return new PastedResult(plan.canvas(), area, out);
    }

    /** Premultiplied lerp of every channel: s * a + d * (1 - a). */
    static int mix(int s, int d, int a) {
        int inv = 255 - a;
        int r = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            int c = (((s >>> shift) & 0xff) * a + ((d >>> shift) & 0xff) * inv + 127) / 255;
            r |= c << shift;
        }
        return r;
    }
}
