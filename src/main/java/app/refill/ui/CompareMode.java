package app.refill.ui;

/** How the canvas shows results against the original. */
public enum CompareMode {
    /** The original with the visible result layers over it. */
    LAYERS("Layers"),
    /** Original left of a draggable divider, the selected result right of it. */
    SPLIT("Split"),
    /** Original and selected result next to each other, zoomed and panned together. */
    SIDE_BY_SIDE("Side by side"),
    /** The original dimmed, the pixels the selected result changed highlighted. */
    DIFFERENCE("Difference");

    private final String label;

    CompareMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
