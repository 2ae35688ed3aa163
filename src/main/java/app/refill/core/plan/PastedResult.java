package app.refill.core.plan;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Bands;
import app.refill.core.image.io.ArgbPixels;
import app.refill.core.geom.Size;
import java.awt.image.BufferedImage;

/**
 * A provider's answer pasted back, kept as the only rectangle it changed: {@code pixels} (premultiplied ARGB,
 * {@code area.width()} per row) replace the canvas inside {@code area}; everywhere else the result is the
 * original. A fill of a small mask on a 24 MP photo holds a few megapixels, not a second copy of the photo,
 * which is what lets several variations sit over the original as layers.
 *
 * @param canvas the full result canvas (image plus any expand frame)
 * @param area   the changed rectangle, in canvas space
 * @param pixels the result's pixels inside {@code area}
 */
public record PastedResult(Size canvas, PixelRect area, int[] pixels) {

    public PastedResult {
        if (pixels.length != area.width() * area.height()) {
            throw new IllegalArgumentException("pixels do not match the area " + area);
        }
    }

    /** The result's premultiplied pixel at canvas position (x, y), given the original it was pasted onto. */
    public int pixel(int x, int y, DocumentSnapshot original) {
        return pixel(x, y, new OriginalOnCanvas(original));
    }

    int pixel(int x, int y, OriginalOnCanvas original) {
        if (area.contains(x, y)) {
            return pixels[(y - area.y()) * area.width() + (x - area.x())];
        }
        return original.pixel(x, y);
    }

    /** The whole result canvas as a new TYPE_INT_ARGB_PRE image: the original with the area written over it. */
    public BufferedImage compose(DocumentSnapshot original) {
        BufferedImage out = new BufferedImage(canvas.width(), canvas.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        int[] dst = ArgbPixels.data(out);
        int[] orig = ArgbPixels.of(original.image());
        PixelRect at = original.outsets().imageRectIn(original.imageSize());
        int cw = canvas.width();
        int h = canvas.height();
        Bands.forEach(h, (from, to) -> {
            for (int y = from; y < to; y++) {
                if (y >= at.y() && y < at.bottom()) {
                    System.arraycopy(orig, (y - at.y()) * at.width(), dst, y * cw + at.x(), at.width());
                }
                if (y >= area.y() && y < area.bottom()) {
                    System.arraycopy(pixels, (y - area.y()) * area.width(), dst, y * cw + area.x(), area.width());
                }
            }
        });
        return out;
    }
}
