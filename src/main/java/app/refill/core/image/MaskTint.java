package app.refill.core.image;

import app.refill.core.geom.PixelRect;

/**
 * Turns mask coverage into premultiplied ARGB pixels of one colour, coverage as alpha, for the canvas
 * overlay. A 256-entry table makes the conversion a lookup per pixel. Immutable.
 */
public final class MaskTint {
    private final int[] lut = new int[256];
    private final int rgb;

    /** @param rgb the tint colour as 0xRRGGBB */
    public MaskTint(int rgb) {
        this.rgb = rgb & 0xffffff;
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        for (int a = 1; a < 256; a++) {
            lut[a] = a << 24 | ((r * a + 127) / 255) << 16 | ((g * a + 127) / 255) << 8 | ((b * a + 127) / 255);
        }
    }

    public int rgb() {
        return rgb;
    }

    /** Writes the tint of {@code rect} into {@code dst}, a canvas-sized INT_ARGB_PRE buffer with stride mask.width(). */
    public void render(Mask mask, PixelRect rect, int[] dst) {
        PixelRect r = rect.intersect(mask.bounds());
        byte[] src = mask.raw();
        int stride = mask.width();
        for (int y = r.y(); y < r.bottom(); y++) {
            int i = y * stride + r.x();
            int end = i + r.width();
            for (; i < end; i++) {
                dst[i] = lut[src[i] & 0xff];
            }
        }
    }

    /**
     * Writes the tint of a row-major coverage block covering {@code rect} into the canvas-sized buffer
     * {@code dst} of row length {@code stride}; used with a snapshot of the mask off the UI thread.
     */
    public void render(byte[] block, PixelRect rect, int[] dst, int stride) {
        for (int row = 0; row < rect.height(); row++) {
            int si = row * rect.width();
            int di = (rect.y() + row) * stride + rect.x();
            for (int x = 0; x < rect.width(); x++) {
                dst[di + x] = lut[block[si + x] & 0xff];
            }
        }
    }
}
