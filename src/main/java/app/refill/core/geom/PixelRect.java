package app.refill.core.geom;

/**
 * A rectangle of whole pixels in image space: columns {@code x .. x+width-1}, rows {@code y .. y+height-1}.
 * An empty rectangle has zero width or height. Immutable.
 */
public record PixelRect(int x, int y, int width, int height) {
    public static final PixelRect EMPTY = new PixelRect(0, 0, 0, 0);

    public PixelRect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative rect size: " + width + "x" + height);
        }
    }

    /** The rectangle spanning corner pixels x0..x1-1, y0..y1-1 (exclusive right and bottom). */
    public static PixelRect ofCorners(int x0, int y0, int x1, int y1) {
        if (x1 <= x0 || y1 <= y0) {
            return EMPTY;
        }
        return new PixelRect(x0, y0, x1 - x0, y1 - y0);
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    public long area() {
        return (long) width * height;
    }

    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < right() && py < bottom();
    }

    /** Whether every pixel of {@code o} is inside this rectangle (an empty one always is). */
    public boolean covers(PixelRect o) {
        return o.isEmpty() || o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }

    public PixelRect intersect(PixelRect o) {
        return ofCorners(Math.max(x, o.x), Math.max(y, o.y), Math.min(right(), o.right()), Math.min(bottom(), o.bottom()));
    }

    public PixelRect union(PixelRect o) {
        if (isEmpty()) {
            return o;
        }
        if (o.isEmpty()) {
            return this;
        }
        return ofCorners(Math.min(x, o.x), Math.min(y, o.y), Math.max(right(), o.right()), Math.max(bottom(), o.bottom()));
    }

    public PixelRect grow(int by) {
        return isEmpty() ? this : ofCorners(x - by, y - by, right() + by, bottom() + by);
    }
}
