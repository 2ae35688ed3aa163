package app.refill.core.plan;

import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Size;
import app.refill.core.image.MaskFeather;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Puts a provider's answer back at full resolution: the answer is scaled onto its target rectangle and blended
 * through the plan's mask, feathered by {@link #FEATHER} px. Wherever the feathered mask is 0 the original's
 * pixels are copied unchanged, so everything outside the mask's feather band is bit-identical to the original
 * whatever the provider re-encoded, shifted or resized. Pure; runs on a worker.
 */
public final class PasteBack {
    /** Feather radius in canvas pixels: enough to hide a seam, small enough to keep the edit local. */
    public static final int FEATHER = 4;

    private PasteBack() {
    }

    /** The full-resolution result canvas (TYPE_INT_ARGB_PRE): the original with the answer pasted in. */
    public static BufferedImage apply(Plan plan, DocumentSnapshot doc, BufferedImage answer) {
        Size canvas = plan.canvas();
        BufferedImage out = new BufferedImage(canvas.width(), canvas.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        int[] dst = pixels(out);
        int[] orig = pixels(argbPre(doc.image()));
        PixelRect at = doc.outsets().imageRectIn(doc.imageSize());
        for (int y = 0; y < at.height(); y++) {
            System.arraycopy(orig, y * at.width(), dst, (at.y() + y) * canvas.width() + at.x(), at.width());
        }
        PixelRect t = plan.target();
        MaskFeather.Patch blend = MaskFeather.patch(plan.blend(), FEATHER);
        // only pixels with coverage need the answer: scale just that part of it
        PixelRect need = blend.area().intersect(t);
        if (need.isEmpty()) {
            return out;
        }
        int[] src = pixels(scaledPart(answer, t, need));
        byte[] a = blend.values();
        PixelRect area = blend.area();
        for (int y = 0; y < need.height(); y++) {
            int row = (need.y() + y) * canvas.width() + need.x();
            int arow = (need.y() + y - area.y()) * area.width() + (need.x() - area.x());
            int srow = y * need.width();
            for (int x = 0; x < need.width(); x++) {
                int alpha = a[arow + x] & 0xff;
                if (alpha == 255) {
                    dst[row + x] = src[srow + x];
                } else if (alpha != 0) {
                    dst[row + x] = mix(src[srow + x], dst[row + x], alpha);
                }
            }
        }
        return out;
    }

    /**
     * The part {@code need} of the answer stretched over the target {@code t} (bilinear; the answer is at most
     * a few times smaller than the target, and only the needed pixels are resampled).
     */
    static BufferedImage scaledPart(BufferedImage answer, PixelRect t, PixelRect need) {
        BufferedImage part = new BufferedImage(need.width(), need.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = part.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.translate(t.x() - need.x(), t.y() - need.y());
            g.scale((double) t.width() / answer.getWidth(), (double) t.height() / answer.getHeight());
            g.drawImage(answer, 0, 0, null);
        } finally {
            g.dispose();
        }
        return part;
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

    private static BufferedImage argbPre(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_ARGB_PRE) {
            return img;
        }
        return scaledPart(img, new PixelRect(0, 0, img.getWidth(), img.getHeight()),
                new PixelRect(0, 0, img.getWidth(), img.getHeight()));
    }

    private static int[] pixels(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }
}
