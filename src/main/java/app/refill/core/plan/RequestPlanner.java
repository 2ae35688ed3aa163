package app.refill.core.plan;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Size;
import app.refill.core.image.AreaAverage;
import app.refill.core.image.Mask;
import app.refill.core.image.MaskScaler;
import app.refill.core.image.io.ArgbPixels;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Decides what is sent to a provider and where its answer goes back. Pure: a snapshot and the provider's size
 * rules in, a {@link Plan} out.
 *
 * <p>Fill: a context crop around the mask's bounding box, with a margin of half the box's longer side (at
 * least 64 px) of real image around it, grown to the provider's minimum side, scaled down to the pixel cap if
 * needed. Expand, native (BFL, Runware): the whole image scaled so that the extended canvas fits the cap, with
 * the sides scaled by the same factor and, for Runware, rounded to 64-px steps at that scale. Expand by fill
 * (fal, Local): the image on a neutral canvas of the extended size with a mask that is white on the border and
 * wherever the user painted, sent as a fill of the whole canvas.
 */
public final class RequestPlanner {
    private static final int MIN_MARGIN = 64;
    private static final Color PADDING = new Color(128, 128, 128);

    private RequestPlanner() {
    }

    public static Plan plan(DocumentSnapshot doc, SizeRules rules) throws PlanException {
        if (doc.outsets().isNone()) {
            return fill(doc, rules);
        }
        return rules.expandsByFill() ? expandByFill(doc, rules) : expandNative(doc, rules);
    }

    /**
     * What {@link #plan} would send, from geometry alone (no pixels touched): cheap enough to show before submit.
     *
     * @param maskBounds the mask's covered bounds in image space (empty: nothing painted)
     */
    public static PlanSummary summary(Size image, PixelRect maskBounds, Outsets outsets, SizeRules rules) throws PlanException {
        if (outsets.isNone()) {
            PixelRect crop = fillCrop(image, maskBounds, rules);
            double scale = scaleFor(crop.area(), rules);
            return new PlanSummary(JobKind.FILL, scaled(crop.width(), crop.height(), scale), scale);
        }
        Size canvas = outsets.canvasOf(image);
        double scale = scaleFor(canvas.pixels(), rules);
        if (rules.expandsByFill()) {
            return new PlanSummary(JobKind.FILL, scaled(canvas.width(), canvas.height(), scale), scale);
        }
        Size sent = scaled(image.width(), image.height(), scale);
        return new PlanSummary(JobKind.EXPAND, nativeSides(outsets, scale, rules).canvasOf(sent), scale);
    }

    private static Plan fill(DocumentSnapshot doc, SizeRules rules) throws PlanException {
        Size image = doc.imageSize();
        PixelRect crop = fillCrop(image, doc.mask().coveredBounds(), rules);
        double scale = scaleFor(crop.area(), rules);
        Size out = scaled(crop.width(), crop.height(), scale);
        BufferedImage sent = shrink(doc.image(), crop, out);
        Mask sentMask = MaskScaler.cropScaleBinary(doc.mask(), crop.x(), crop.y(), crop.width(), crop.height(), out.width(), out.height());
        return new Plan(JobKind.FILL, sent, sentMask, Outsets.NONE, image, crop, doc.mask(), scale);
    }

    private static PixelRect fillCrop(Size image, PixelRect box, SizeRules rules) throws PlanException {
        if (box.isEmpty()) {
            throw new PlanException("The mask is empty. Paint over what should be regenerated (B), or drag the "
                    + "frame outward (F) to extend the picture.");
        }
        int margin = Math.max(MIN_MARGIN, Math.max(box.width(), box.height()) / 2);
        return atLeast(box.grow(margin).intersect(image.bounds()), rules.minSide(), image);
    }

    private static double scaleFor(long pixels, SizeRules rules) {
        return Math.min(1, Math.sqrt((double) rules.maxPixels() / pixels));
    }

    private static Size scaled(int w, int h, double scale) {
        return new Size(Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)));
    }

    private static Outsets nativeSides(Outsets o, double scale, SizeRules rules) {
        return new Outsets(side(o.top(), scale, rules), side(o.right(), scale, rules),
                side(o.bottom(), scale, rules), side(o.left(), scale, rules));
    }

    private static Plan expandNative(DocumentSnapshot doc, SizeRules rules) {
        Size image = doc.imageSize();
        Size canvas = doc.canvasSize();
        double scale = scaleFor(canvas.pixels(), rules);
        Size out = scaled(image.width(), image.height(), scale);
        BufferedImage sent = scale == 1 ? doc.image()
                : shrink(doc.image(), image.bounds(), out);
        Outsets sides = nativeSides(doc.outsets(), scale, rules);
        return new Plan(JobKind.EXPAND, sent, null, sides, canvas, canvas.bounds(), doc.borderMask(), scale);
    }

    private static Plan expandByFill(DocumentSnapshot doc, SizeRules rules) {
        Size image = doc.imageSize();
        Size canvas = doc.canvasSize();
        double scale = scaleFor(canvas.pixels(), rules);
        Size out = scaled(canvas.width(), canvas.height(), scale);
        BufferedImage padded = new BufferedImage(canvas.width(), canvas.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = padded.createGraphics();
        try {
            g.setColor(PADDING);
            g.fillRect(0, 0, canvas.width(), canvas.height());
            g.drawImage(doc.image(), doc.outsets().left(), doc.outsets().top(), null);
        } finally {
            g.dispose();
        }
        Mask canvasMask = doc.canvasMask();
        BufferedImage sent = scale == 1 ? padded
                : shrink(padded, canvas.bounds(), out);
        Mask sentMask = MaskScaler.cropScaleBinary(canvasMask, 0, 0, canvas.width(), canvas.height(), out.width(), out.height());
        return new Plan(JobKind.FILL, sent, sentMask, Outsets.NONE, canvas, canvas.bounds(), canvasMask, scale);
    }

    /** The {@code crop} of {@code img} averaged down to {@code out} (a copy when the sizes are equal). */
    private static BufferedImage shrink(BufferedImage img, PixelRect crop, Size out) {
        int[] px = AreaAverage.shrink(ArgbPixels.of(img), img.getWidth(), crop.x(), crop.y(), crop.width(),
                crop.height(), out.width(), out.height());
        return ArgbPixels.wrap(px, out.width(), out.height());
    }

    /** A side at the sent scale, in the provider's steps; a side the user asked for never drops to 0. */
    static int side(int px, double scale, SizeRules rules) {
        if (px == 0) {
            return 0;
        }
        int step = rules.expandStep();
        int steps = (int) Math.max(1, Math.round(px * scale / step));
        return Math.min(Outsets.MAX_SIDE / step * step, steps * step);
    }

    /** Grows {@code r} around its centre to at least {@code min} per side, shifted to stay inside the image. */
    static PixelRect atLeast(PixelRect r, int min, Size image) {
        int w = Math.min(image.width(), Math.max(r.width(), min));
        int h = Math.min(image.height(), Math.max(r.height(), min));
        int x = Math.max(0, Math.min(image.width() - w, r.x() - (w - r.width()) / 2));
        int y = Math.max(0, Math.min(image.height() - h, r.y() - (h - r.height()) / 2));
        return new PixelRect(x, y, w, h);
    }
}
