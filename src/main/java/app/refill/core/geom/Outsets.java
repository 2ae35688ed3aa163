package app.refill.core.geom;

/**
 * How far the canvas extends beyond the image on each side, in image pixels (never negative: the frame
 * extends, it does not crop). The image sits at (left, top) in the extended canvas. Immutable.
 */
public record Outsets(int top, int right, int bottom, int left) {
    public static final Outsets NONE = new Outsets(0, 0, 0, 0);
    /** FLUX.1 Expand takes at most this many pixels per side in one request. */
    public static final int MAX_SIDE = 2048;
    /** Runware's expand model takes sides in these steps; Refill's frame always uses them. */
    public static final int STEP = 64;

    public Outsets {
        if (top < 0 || right < 0 || bottom < 0 || left < 0) {
            throw new IllegalArgumentException("outsets cannot be negative: " + top + "/" + right + "/" + bottom + "/" + left);
        }
    }

    public boolean isNone() {
        return top == 0 && right == 0 && bottom == 0 && left == 0;
    }

    public int get(Side side) {
        return switch (side) {
            case TOP -> top;
            case RIGHT -> right;
            case BOTTOM -> bottom;
            case LEFT -> left;
        };
    }

    public Outsets with(Side side, int value) {
        return switch (side) {
            case TOP -> new Outsets(value, right, bottom, left);
            case RIGHT -> new Outsets(top, value, bottom, left);
            case BOTTOM -> new Outsets(top, right, value, left);
            case LEFT -> new Outsets(top, right, bottom, value);
        };
    }

    /** The canvas: image plus frame. */
    public Size canvasOf(Size image) {
        return new Size(image.width() + left + right, image.height() + top + bottom);
    }

    /** The canvas rectangle in image space (the image is at 0,0; the frame reaches into negative space). */
    public PixelRect canvasRectOf(Size image) {
        return new PixelRect(-left, -top, image.width() + left + right, image.height() + top + bottom);
    }

    /** Where the original image sits in the extended canvas, in canvas space. */
    public PixelRect imageRectIn(Size image) {
        return new PixelRect(left, top, image.width(), image.height());
    }

    /** Rounds to the nearest multiple of {@link #STEP} (halves round up) and clamps to 0..{@link #MAX_SIDE}. */
    public static int snap(double px) {
        long steps = Math.round(px / STEP);
        return (int) Math.max(0, Math.min(MAX_SIDE, steps * STEP));
    }

    public enum Side { TOP, RIGHT, BOTTOM, LEFT }
}
