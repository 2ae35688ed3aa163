package app.refill.core.geom;

/**
 * Dragging the outpaint frame: given where a handle was grabbed, how far the pointer has moved (image pixels)
 * and the modifiers, the new outsets. Every side snaps to 64 px and stays within 0..2048; dragging inward
 * takes border back but never crops the image.
 */
public final class FrameDrag {
    /** The eight handles: four edges and four corners. */
    public enum Handle {
        TOP(0, -1), RIGHT(1, 0), BOTTOM(0, 1), LEFT(-1, 0),
        TOP_LEFT(-1, -1), TOP_RIGHT(1, -1), BOTTOM_RIGHT(1, 1), BOTTOM_LEFT(-1, 1);

        /** Which horizontal side moves (-1 left, 1 right, 0 none) and which vertical one (-1 top, 1 bottom). */
        public final int dx;
        public final int dy;

        Handle(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }

        public boolean isCorner() {
            return dx != 0 && dy != 0;
        }
    }

    private FrameDrag() {
    }

    /**
     * @param start      outsets when the drag began
     * @param image      the image size
     * @param moveX      pointer movement since the press, image pixels (right positive)
     * @param moveY      pointer movement since the press, image pixels (down positive)
     * @param keepRatio  Shift: keep the canvas ratio the drag started with (corners)
     * @param symmetric  Alt: the opposite side moves by the same amount
     */
    public static Outsets drag(Outsets start, Size image, Handle handle, double moveX, double moveY,
            boolean keepRatio, boolean symmetric) {
        Outsets.Side hSide = handle.dx < 0 ? Outsets.Side.LEFT : Outsets.Side.RIGHT;
        Outsets.Side vSide = handle.dy < 0 ? Outsets.Side.TOP : Outsets.Side.BOTTOM;
        // outward movement of each dragged side, in image pixels
        double outH = handle.dx * moveX;
        double outV = handle.dy * moveY;
        if (keepRatio && handle.isCorner()) {
            Size canvas = start.canvasOf(image);
            double ratio = (double) canvas.width() / canvas.height();
            int factorH = symmetric ? 2 : 1;
            // follow whichever axis moved further (relative to the canvas), derive the other from the ratio
            double growW = outH * factorH;
            double growH = outV * factorH;
            if (Math.abs(growW) / canvas.width() >= Math.abs(growH) / canvas.height()) {
                growH = (canvas.width() + growW) / ratio - canvas.height();
            } else {
                growW = (canvas.height() + growH) * ratio - canvas.width();
            }
            outH = growW / factorH;
            outV = growH / factorH;
        }
        Outsets o = start;
        if (handle.dx != 0) {
            o = moveSide(o, start, hSide, outH, symmetric);
        }
        if (handle.dy != 0) {
            o = moveSide(o, start, vSide, outV, symmetric);
        }
        return o;
    }

    private static Outsets moveSide(Outsets o, Outsets start, Outsets.Side side, double outward, boolean symmetric) {
        Outsets result = o.with(side, Outsets.snap(start.get(side) + outward));
        if (symmetric) {
            Outsets.Side opposite = opposite(side);
            result = result.with(opposite, Outsets.snap(start.get(opposite) + outward));
        }
        return result;
    }

    static Outsets.Side opposite(Outsets.Side s) {
        return switch (s) {
            case TOP -> Outsets.Side.BOTTOM;
            case BOTTOM -> Outsets.Side.TOP;
            case LEFT -> Outsets.Side.RIGHT;
            case RIGHT -> Outsets.Side.LEFT;
        };
    }
}
