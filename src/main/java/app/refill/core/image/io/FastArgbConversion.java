package app.refill.core.image.io;

import app.refill.core.image.Bands;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.Arrays;

/**
 * Converts the layouts decoders return for opaque photos (3-byte BGR from JPEG, packed int RGB) to
 * TYPE_INT_ARGB_PRE with a tight loop split into row bands across cores. Opening a photo is dominated by the
 * decode; Java2D's general conversion added more than a third on top of it for a 24 MP JPEG.
 */
final class FastArgbConversion {
    private FastArgbConversion() {
    }

    /** The converted image, or null when {@code src} is not one of the layouts handled here. */
    static BufferedImage convert(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        if (isPlainBgr(src)) {
            byte[] bgr = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] argb = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            Bands.forEach(h, (y0, y1) -> bgrToArgb(bgr, argb, y0 * w, y1 * w));
            return out;
        }
        if (src.getType() == BufferedImage.TYPE_INT_RGB && isPlainPacked(src)) {
            int[] rgb = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] argb = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            Bands.forEach(h, (y0, y1) -> {
                for (int i = y0 * w, end = y1 * w; i < end; i++) {
                    argb[i] = 0xff000000 | rgb[i];
                }
            });
            return out;
        }
        return null;
    }

    /** Converts pixels [from, to) of a plain 3-byte BGR buffer to opaque ARGB. */
    static void bgrToArgb(byte[] bgr, int[] argb, int from, int to) {
        for (int i = from; i < to; i++) {
            int j = i * 3;
            argb[i] = 0xff000000 | (bgr[j + 2] & 0xff) << 16 | (bgr[j + 1] & 0xff) << 8 | (bgr[j] & 0xff);
        }
    }

    /** TYPE_3BYTE_BGR whose bytes are exactly width * 3 per row from offset 0 (what decoders return). */
    static boolean isPlainBgr(BufferedImage img) {
        return img.getType() == BufferedImage.TYPE_3BYTE_BGR
                && img.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel sm
                && sm.getPixelStride() == 3 && sm.getScanlineStride() == 3 * img.getWidth()
                && Arrays.equals(sm.getBandOffsets(), new int[] {2, 1, 0})
                && isUntranslated(img);
    }

    static boolean isPlainPacked(BufferedImage img) {
        return img.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == img.getWidth() && isUntranslated(img);
    }

    private static boolean isUntranslated(BufferedImage img) {
        return img.getRaster().getDataBuffer().getOffset() == 0 && img.getRaster().getSampleModelTranslateX() == 0
                && img.getRaster().getSampleModelTranslateY() == 0 && img.getRaster().getParent() == null;
    }
}
