package app.refill.core.plan;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.io.ArgbPixels;

/**
 * The original's premultiplied pixels as a job's result canvas sees them: the image at its place inside the
 * frame, transparent (0) on the frame's border. Read-only; cheap to make (no copy for a plain image).
 */
final class OriginalOnCanvas {
    private final int[] pixels;
    private final PixelRect at;

    OriginalOnCanvas(DocumentSnapshot doc) {
        this.pixels = ArgbPixels.of(doc.image());
        this.at = doc.outsets().imageRectIn(doc.imageSize());
    }

    boolean inImage(int x, int y) {
        return at.contains(x, y);
    }

    /** Index into the image's pixels (and its mask) of canvas point (x, y), which must be {@link #inImage}. */
    int index(int x, int y) {
        return (y - at.y()) * at.width() + (x - at.x());
    }

    int pixel(int x, int y) {
        return at.contains(x, y) ? pixels[index(x, y)] : 0;
    }
}
