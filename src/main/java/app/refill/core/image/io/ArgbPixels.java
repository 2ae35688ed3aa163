package app.refill.core.image.io;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The premultiplied ARGB int array behind an image, one row after another with no padding: the image's own
 * array when it already has that layout (no copy), otherwise that of a converted copy. A sub-image or a
 * translated raster shares a larger array, so its buffer must never be read as if it were the image.
 */
public final class ArgbPixels {
    private ArgbPixels() {
    }

    public static int[] of(BufferedImage img) {
        return data(plain(img));
    }

    /** The image itself when its buffer is plain TYPE_INT_ARGB_PRE, otherwise a converted copy. */
    public static BufferedImage plain(BufferedImage img) {
        return img.getType() == BufferedImage.TYPE_INT_ARGB_PRE && FastArgbConversion.isPlainPacked(img)
                ? img : ImageLoader.normalise(img);
    }

    /** A TYPE_INT_ARGB_PRE image holding a copy of {@code argbPre} ({@code w} per row). */
    public static BufferedImage wrap(int[] argbPre, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        System.arraycopy(argbPre, 0, data(img), 0, argbPre.length);
        return img;
    }

    /** The buffer of an image created as TYPE_INT_ARGB_PRE (or another int type) by the caller. */
    public static int[] data(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }
}
