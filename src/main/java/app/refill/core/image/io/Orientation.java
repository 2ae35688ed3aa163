package app.refill.core.image.io;

import java.awt.geom.AffineTransform;

/**
 * EXIF orientation (1-8): how the stored pixels must be turned to appear upright. Pure geometry, so it is
 * tested without files.
 */
public final class Orientation {
    private Orientation() {
    }

    /** Orientations 5-8 swap width and height. */
    public static boolean swapsAxes(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** Transform from stored pixel space (w x h) to upright space. */
    public static AffineTransform toUpright(int orientation, int w, int h) {
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        return t;
    }
}
