package app.refill.ui.canvas;

import app.refill.core.geom.FrameDrag;
import app.refill.ui.ToolKind;
import javafx.scene.Cursor;

/** Which mouse cursor the canvas shows for each tool, pan state and frame handle. */
final class CanvasCursors {
    private CanvasCursors() {
    }

    /** Brushes draw their own outline, so the system cursor hides for them; space (pan) shows a hand. */
    static Cursor forTool(ToolKind tool, boolean spaceDown, boolean panning) {
        if (spaceDown) {
            return panning ? Cursor.CLOSED_HAND : Cursor.OPEN_HAND;
        }
        return tool.isBrush() ? Cursor.NONE : tool == ToolKind.FRAME ? Cursor.DEFAULT : Cursor.CROSSHAIR;
    }

    /** The resize arrow pointing the way a frame handle drags. */
    static Cursor resize(FrameDrag.Handle h) {
        return switch (h) {
            case TOP -> Cursor.N_RESIZE;
            case BOTTOM -> Cursor.S_RESIZE;
            case LEFT -> Cursor.W_RESIZE;
            case RIGHT -> Cursor.E_RESIZE;
            case TOP_LEFT -> Cursor.NW_RESIZE;
            case TOP_RIGHT -> Cursor.NE_RESIZE;
            case BOTTOM_LEFT -> Cursor.SW_RESIZE;
            case BOTTOM_RIGHT -> Cursor.SE_RESIZE;
        };
    }
}
