package app.refill.project;

/** How a result layer was shown. */
public record LayerState(boolean visible, double opacity, boolean starred, boolean discarded) {
    public static final LayerState HIDDEN = new LayerState(false, 1, false, false);
}
