package app.refill.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.PixelRect;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BilinearTest {
    private static BufferedImage noise(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Random r = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, 0xff000000 | r.nextInt(0x1000000));
            }
        }
        return img;
    }

    private static int[] px(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    /** The reference: Java2D drawing the source scaled onto the target, read back over the window. */
    private static BufferedImage java2d(BufferedImage src, PixelRect t, PixelRect window) {
        BufferedImage part = new BufferedImage(window.width(), window.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = part.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.translate(t.x() - window.x(), t.y() - window.y());
        g.scale((double) t.width() / src.getWidth(), (double) t.height() / src.getHeight());
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return part;
    }

    @Test
    void sameSizeIsACopy() {
        BufferedImage src = noise(40, 30, 1);
        int[] out = Bilinear.resample(px(src), 40, 30, new PixelRect(0, 0, 40, 30), new PixelRect(0, 0, 40, 30));
        assertArrayEquals(px(src), out);
    }

    @Test
    void upscalingMatchesJava2dInsideTheImageWithinRounding() {
        BufferedImage src = noise(50, 40, 2);
        PixelRect t = new PixelRect(10, 20, 130, 97);
        PixelRect window = new PixelRect(30, 40, 60, 50);
        int[] out = Bilinear.resample(px(src), 50, 40, t, window);
        int[] ref = px(java2d(src, t, window));
        int worst = 0;
        for (int i = 0; i < out.length; i++) {
            for (int s = 0; s < 32; s += 8) {
                worst = Math.max(worst, Math.abs((out[i] >>> s & 0xff) - (ref[i] >>> s & 0xff)));
            }
        }
        assertTrue(worst <= 3, "largest channel difference " + worst);
    }

    @Test
    void aWindowIsTheSameAsTheMatchingPartOfTheWhole() {
        BufferedImage src = noise(64, 48, 3);
        PixelRect t = new PixelRect(0, 0, 100, 75);
        int[] whole = Bilinear.resample(px(src), 64, 48, t, t);
        PixelRect window = new PixelRect(17, 9, 33, 41);
        int[] part = Bilinear.resample(px(src), 64, 48, t, window);
        for (int y = 0; y < window.height(); y++) {
            for (int x = 0; x < window.width(); x++) {
                assertEquals(whole[(y + 9) * 100 + x + 17], part[y * 33 + x]);
            }
        }
    }

    @Test
    void lerpBlendsEachChannel() {
        assertEquals(0x80808080, Bilinear.lerp(0x00000000, 0xffffffff, 128));
        assertEquals(0xff102030, Bilinear.lerp(0xff102030, 0x00000000, 0));
        assertEquals(0xff000000, Bilinear.lerp(0x00000000, 0xff000000, 256));
    }
}
