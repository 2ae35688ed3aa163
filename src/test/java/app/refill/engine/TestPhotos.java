package app.refill.engine;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The engine tests' photos from ../shared/testdata, scaled down so a fill takes a fraction of a second. */
final class TestPhotos {
    private TestPhotos() {
    }

    /** The photo drawn at w x h with the given {@link RenderingHints#KEY_INTERPOLATION} value. */
    static BufferedImage scaled(BufferedImage photo, int w, int h, Object interpolation) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.drawImage(photo, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
