package app.refill.core.plan;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;

/**
 * What goes over the wire and where the answer goes back.
 *
 * @param kind   what the provider is asked to do (an expand may be sent as a fill of the padded canvas)
 * @param image  the image sent (TYPE_INT_ARGB_PRE), already cropped and scaled
 * @param mask   the mask sent (same size as {@code image}, 0 or 255), or null for a native expand
 * @param sides  the sides sent for a native expand, at the sent scale; {@link Outsets#NONE} otherwise
 * @param canvas the full-resolution result canvas (image plus frame)
 * @param target where the provider's answer lands on that canvas (canvas space), scaled to fit
 * @param blend  canvas-space coverage through which the answer is pasted (feathered at paste time)
 * @param scale  sent pixels per canvas pixel (1 = full resolution)
 */
public record Plan(JobKind kind, BufferedImage image, Mask mask, Outsets sides, Size canvas, PixelRect target,
        Mask blend, double scale) {

    /** The size the provider's answer should have (the sent image plus any native expand sides). */
    public Size expectedResult() {
        return sides.canvasOf(new Size(image.getWidth(), image.getHeight()));
    }
}
