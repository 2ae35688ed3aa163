package app.refill.ui;

import javafx.scene.input.KeyCode;

/** The tools in the tool box, with the single key that selects each. */
public enum ToolKind {
    BRUSH("Brush", KeyCode.B, "Paint the area to regenerate"),
    ERASER("Eraser", KeyCode.E, "Erase from the mask"),
    RECTANGLE("Rectangle", KeyCode.M, "Drag a rectangle (Alt subtracts, Shift squares)"),
    LASSO("Lasso", KeyCode.L, "Draw a freehand shape (Alt subtracts)"),
    POLYGON("Polygon lasso", KeyCode.P, "Click corners; double-click or Enter closes (Alt subtracts)"),
    FRAME("Frame", KeyCode.F, "Drag an edge or corner outward to extend the picture (Shift keeps the ratio, Alt both sides)");

    private final String label;
    private final KeyCode key;
    private final String hint;

    ToolKind(String label, KeyCode key, String hint) {
        this.label = label;
        this.key = key;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public KeyCode key() {
        return key;
    }

    public String hint() {
        return hint;
    }

    public boolean isBrush() {
        return this == BRUSH || this == ERASER;
    }
}
