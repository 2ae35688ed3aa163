package app.refill.core.geom;

/** A point in image space (continuous; pixel (i, j) covers [i, i+1) x [j, j+1)). */
public record ImagePoint(double x, double y) {
    public double distanceTo(ImagePoint o) {
        return Math.hypot(o.x - x, o.y - y);
    }
}
