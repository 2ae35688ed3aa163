package app.refill.core.tool;

import app.refill.core.geom.ImagePoint;

/**
 * One pointer event in image space, as tools see it: the canvas converts screen events through the viewport,
 * so tools are tested without a UI.
 *
 * @param x             image x (continuous; pixel i covers [i, i+1))
 * @param y             image y
 * @param shift         Shift held
 * @param alt           Alt held (shape tools subtract)
 * @param clickCount    1 for a single click, 2 for a double click
 * @param screenPixel   size of one screen pixel in image pixels, for hit tolerances that feel the same at any zoom
 */
public record Pointer(double x, double y, boolean shift, boolean alt, int clickCount, double screenPixel) {
    public static Pointer at(double x, double y) {
        return new Pointer(x, y, false, false, 1, 1);
    }

    public Pointer withShift() {
        return new Pointer(x, y, true, alt, clickCount, screenPixel);
    }

    public Pointer withAlt() {
        return new Pointer(x, y, shift, true, clickCount, screenPixel);
    }

    public Pointer withClicks(int n) {
        return new Pointer(x, y, shift, alt, n, screenPixel);
    }

    public ImagePoint point() {
        return new ImagePoint(x, y);
    }
}
