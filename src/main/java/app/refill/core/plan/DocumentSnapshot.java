package app.refill.core.plan;

import app.refill.core.doc.Document;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;

/**
 * What a job sees of the document, taken when it is submitted: the (never modified) upright image, a copy of
 * the mask, and the frame. Immutable by convention; safe to hand to a worker.
 */
public record DocumentSnapshot(BufferedImage image, Mask mask, Outsets outsets) {
    /**
     * Snapshots the document (the mask's {@link Mask#snapshot()}, which shares its pixels until either is
     * written); call on the document's thread.
     */
    public static DocumentSnapshot of(Document doc) {
        return new DocumentSnapshot(doc.image(), doc.mask().snapshot(), doc.outsets());
    }

    public Size imageSize() {
        return new Size(image.getWidth(), image.getHeight());
    }

    public Size canvasSize() {
        return outsets.canvasOf(imageSize());
    }

    /** The painted mask inside the image and white on the frame's border, in canvas space. */
    public Mask canvasMask() {
        return outsets.isNone() ? mask : mask.onCanvas(outsets, 255, true);
    }

    /** White on the frame's border only: what to regenerate when the provider's expand ignores the mask. */
    public Mask borderMask() {
        return mask.onCanvas(outsets, 255, false);
    }
}
