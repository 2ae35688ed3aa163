package app.refill.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Scaling in bands of rows (to keep Java2D's GC-blocking calls short) gives exactly one whole call's pixels. */
class ImageScalerTest {
    private static BufferedImage noise(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        Random r = new Random(7);
        for (int i = 0; i < px.length; i++) {
            px[i] = 0xff000000 | r.nextInt(0x1000000);
        }
        return img;
    }

    /** The same resampling as one drawImage over the whole output. */
    private static int[] inOneCall(BufferedImage src, int x, int y, int w, int h, int outW, int outH, Object interp) {
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interp);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, outW, outH, x, y, x + w, y + h, null);
        g.dispose();
        return pixels(out);
    }

    private static int[] pixels(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    @Test
    void aBicubicStepInBandsEqualsOneCall() {
        BufferedImage src = noise(700, 600);
        int outH = 3 * ImageScaler.BAND_ROWS + 37;
        assertTrue(outH > 400 / 2, "one bicubic step, no halving");
        int[] banded = pixels(ImageScaler.cropScale(src, 21, 13, 500, 430, 333, outH));
        assertArrayEquals(inOneCall(src, 21, 13, 500, 430, 333, outH, RenderingHints.VALUE_INTERPOLATION_BICUBIC), banded);
    }

    @Test
    void aHalvingStepInBandsEqualsOneCall() {
        BufferedImage src = noise(900, 700);
        int outH = 2 * ImageScaler.BAND_ROWS + 51;
        int[] banded = pixels(ImageScaler.cropScale(src, 40, 30, 600, 2 * outH, 300, outH));
        assertArrayEquals(inOneCall(src, 40, 30, 600, 2 * outH, 300, outH, RenderingHints.VALUE_INTERPOLATION_BILINEAR),
                banded);
    }
}
