package app.refill.core.geom;

/** A width and height in pixels, both positive. Immutable. */
public record Size(int width, int height) {
    public Size {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        }
    }

    public long pixels() {
        return (long) width * height;
    }

    public double megapixels() {
        return pixels() / 1_000_000.0;
    }

    public PixelRect bounds() {
        return new PixelRect(0, 0, width, height);
    }

    @Override
    public String toString() {
        return width + " x " + height;
    }
}
