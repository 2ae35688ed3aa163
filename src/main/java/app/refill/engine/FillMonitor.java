package app.refill.engine;

/** Progress reports and a cancel flag, polled between iterations. */
public interface FillMonitor {
    FillMonitor NONE = new FillMonitor() {
    };

    /** @param fraction 0..1 of the whole fill; {@code level} counts down to 0 (the finest scale) */
    default void progress(double fraction, int level) {
    }

    default boolean isCancelled() {
        return false;
    }
}
