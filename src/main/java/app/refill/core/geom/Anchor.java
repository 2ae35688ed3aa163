package app.refill.core.geom;

/**
 * Where the original image stays when a ratio preset extends the canvas: a column (left, centre, right) and a
 * row (top, centre, bottom). Anchored left, the canvas grows to the right; centred, it grows on both sides.
 */
public enum Anchor {
    TOP_LEFT(-1, -1), TOP(0, -1), TOP_RIGHT(1, -1),
    LEFT(-1, 0), CENTER(0, 0), RIGHT(1, 0),
    BOTTOM_LEFT(-1, 1), BOTTOM(0, 1), BOTTOM_RIGHT(1, 1);

    /** -1 = the image stays at the left edge, 0 = centred, 1 = right edge. */
    final int column;
    /** -1 = top, 0 = centred, 1 = bottom. */
    final int row;

    Anchor(int column, int row) {
        this.column = column;
        this.row = row;
    }
}
