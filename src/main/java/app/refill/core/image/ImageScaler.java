package app.refill.core.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Resamples images (bicubic, or area-averaged steps when shrinking a lot) into TYPE_INT_ARGB_PRE. */
public final class ImageScaler {
    private ImageScaler() {
    }

    /** Crops {@code src} to (x, y, w, h) and scales it to {@code outW} x {@code outH}. */
    public static BufferedImage cropScale(BufferedImage src, int x, int y, int w, int h, int outW, int outH) {
        BufferedImage current = src;
        int cx = x;
        int cy = y;
        int cw = w;
        int ch = h;
        // halve first while more than 2x too large: one bicubic step would alias
        while (cw / 2 >= outW && ch / 2 >= outH) {
            int hw = Math.max(outW, cw / 2);
            int hh = Math.max(outH, ch / 2);
            current = draw(current, cx, cy, cw, ch, hw, hh, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            cx = 0;
            cy = 0;
            cw = hw;
            ch = hh;
        }
        if (current != src && cw == outW && ch == outH) {
            return current;
        }
        return draw(current, cx, cy, cw, ch, outW, outH, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /** Output rows per drawImage call (see {@link #draw}). */
    static final int BAND_ROWS = 128;

    /**
     * One resampling step, drawn in bands of output rows. Java2D's native loop holds the source pixels in a JNI
     * critical region for a whole drawImage call, and no garbage collection can start meanwhile: any thread
     * that then needs memory, the UI thread included, waits. Halving a 24 MP photo in one call held it for
     * about 400 ms. Each band is the same transform drawn through a clip, so the pixels are the same as one
     * call's, and the wait is a band's few milliseconds.
     */
    private static BufferedImage draw(BufferedImage src, int x, int y, int w, int h, int outW, int outH, Object interp) {
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interp);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            for (int top = 0; top < outH; top += BAND_ROWS) {
                g.setClip(0, top, outW, Math.min(BAND_ROWS, outH - top));
                g.drawImage(src, 0, 0, outW, outH, x, y, x + w, y + h, null);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Scales a mask region to 0/255: an output pixel is white when any source pixel it covers has coverage, so
     * thin strokes survive downscaling (a provider regenerating a little more is harmless; less is visible).
     */
    public static Mask cropScaleBinary(Mask src, int x, int y, int w, int h, int outW, int outH) {
        Mask out = new Mask(outW, outH);
        byte[] o = out.raw();
        byte[] s = src.raw();
        int stride = src.width();
        int[] x0 = new int[outW];
        int[] x1 = new int[outW];
        for (int i = 0; i < outW; i++) {
            x0[i] = x + (int) ((long) i * w / outW);
            x1[i] = Math.max(x0[i] + 1, x + (int) (((long) (i + 1) * w + outW - 1) / outW));
        }
        for (int j = 0; j < outH; j++) {
            int y0 = y + (int) ((long) j * h / outH);
            int y1 = Math.max(y0 + 1, y + (int) (((long) (j + 1) * h + outH - 1) / outH));
            for (int i = 0; i < outW; i++) {
                boolean any = false;
                for (int sy = y0; sy < y1 && !any; sy++) {
                    int row = sy * stride;
                    for (int sx = x0[i]; sx < x1[i]; sx++) {
                        if (s[row + sx] != 0) {
                            any = true;
                            break;
                        }
                    }
                }
                o[j * outW + i] = any ? (byte) 255 : 0;
            }
        }
        return out;
    }
}
