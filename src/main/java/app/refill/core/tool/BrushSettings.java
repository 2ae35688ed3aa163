package app.refill.core.tool;

/**
 * Brush size (diameter in image pixels, 1-1000) and hardness (0-1). Immutable; out-of-range values are
 * clamped.
 */
public record BrushSettings(int size, double hardness) {
    public static final int MIN_SIZE = 1;
    public static final int MAX_SIZE = 1000;

    public BrushSettings {
        size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
        hardness = Math.max(0, Math.min(1, hardness));
    }

    /** The next size for the `]` key (direction &gt; 0) or `[`: steps of about 10 %, at least 1 px. */
    public BrushSettings stepSize(int direction) {
        int step = Math.max(1, (int) Math.round(size * 0.1));
        return new BrushSettings(size + (direction > 0 ? step : -step), hardness);
    }
}
