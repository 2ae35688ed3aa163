package app.refill.core.geom;

/**
 * Maps image space to screen space: {@code screen = image * scale + offset}. Image space has its origin at
 * the top-left corner of the image, one unit per image pixel; screen space is the canvas node's local
 * coordinates in (logical) screen pixels. Offsets are kept whole so that at 100 % every image pixel lands
 * exactly on one screen pixel. Immutable.
 */
public record Viewport(double scale, double offsetX, double offsetY) {
    public static final double MIN_SCALE = 1.0 / 32;
    public static final double MAX_SCALE = 32;
    private static final double[] STEPS = {
        1.0 / 32, 1.0 / 24, 1.0 / 16, 1.0 / 12, 1.0 / 8, 1.0 / 6, 1.0 / 4, 1.0 / 3, 1.0 / 2, 2.0 / 3,
        1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32};

    public Viewport {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale out of range: " + scale);
        }
    }

    public static Viewport identity() {
        return new Viewport(1, 0, 0);
    }

    /** Largest scale (at most 100 %) that shows the whole image inside the view, centred. */
    public static Viewport fit(double imageW, double imageH, double viewW, double viewH, double margin) {
        return fit(new PixelRect(0, 0, (int) imageW, (int) imageH), viewW, viewH, margin);
    }

    /** Largest scale (at most 100 %) that shows the image-space rectangle {@code r} inside the view, centred. */
    public static Viewport fit(PixelRect r, double viewW, double viewH, double margin) {
        double availW = Math.max(1, viewW - 2 * margin);
        double availH = Math.max(1, viewH - 2 * margin);
        double s = clampScale(Math.min(1, Math.min(availW / r.width(), availH / r.height())));
        return new Viewport(s, Math.round((viewW - r.width() * s) / 2 - r.x() * s),
                Math.round((viewH - r.height() * s) / 2 - r.y() * s));
    }

    /** The viewport at scale {@code s} that puts the image centre at the view centre. */
    public static Viewport centred(double s, double imageW, double imageH, double viewW, double viewH) {
        return new Viewport(s, Math.round((viewW - imageW * s) / 2), Math.round((viewH - imageH * s) / 2));
    }

    public static double clampScale(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    /** The next zoom step above (direction &gt; 0) or below the current scale. */
    public static double stepScale(double current, int direction) {
        if (direction > 0) {
            for (double s : STEPS) {
                if (s > current * 1.0001) {
                    return s;
                }
            }
            return MAX_SCALE;
        }
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < current / 1.0001) {
                return STEPS[i];
            }
        }
        return MIN_SCALE;
    }

    public double toImageX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double toImageY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    public double toScreenX(double imageX) {
        return imageX * scale + offsetX;
    }

    public double toScreenY(double imageY) {
        return imageY * scale + offsetY;
    }

    /** Zooms to {@code newScale} keeping the image point under the screen point (sx, sy) where it is. */
    public Viewport zoomAt(double newScale, double sx, double sy) {
        double s = clampScale(newScale);
        double ix = toImageX(sx);
        double iy = toImageY(sy);
        return new Viewport(s, Math.round(sx - ix * s), Math.round(sy - iy * s));
    }

    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, Math.round(offsetX + dx), Math.round(offsetY + dy));
    }

    public Viewport withOffset(double ox, double oy) {
        return new Viewport(scale, Math.round(ox), Math.round(oy));
    }
}
