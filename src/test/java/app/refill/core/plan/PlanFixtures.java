package app.refill.core.plan;

import app.refill.core.geom.Outsets;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Noisy test photos (every pixel distinct enough that a shift or re-encode shows) and masks. */
final class PlanFixtures {
    private PlanFixtures() {
    }

    static BufferedImage noise(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Random rnd = new Random(seed);
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = 0xff000000 | rnd.nextInt(0x1000000);
        }
        return img;
    }

    static Mask rect(int w, int h, int x0, int y0, int x1, int y1) {
        Mask m = new Mask(w, h);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                m.set(x, y, 255);
            }
        }
        return m;
    }

    static DocumentSnapshot snapshot(BufferedImage img, Mask mask, Outsets o) {
        return new DocumentSnapshot(img, mask, o);
    }

    /** What a provider might send back: the sent picture re-encoded (every pixel nudged) and shifted by one. */
    static BufferedImage reencoded(BufferedImage sent, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx = Math.min(sent.getWidth() - 1, x * sent.getWidth() / w + 1);
                int sy = Math.min(sent.getHeight() - 1, y * sent.getHeight() / h);
                out.setRGB(x, y, sent.getRGB(sx, sy) ^ 0x030303);
            }
        }
        return out;
    }

    static BufferedImage solid(int w, int h, int rgb) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, rgb);
            }
        }
        return out;
    }
}
