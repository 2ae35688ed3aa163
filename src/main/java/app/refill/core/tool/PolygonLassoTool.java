package app.refill.core.tool;

import app.refill.core.doc.EditorSession;
import app.refill.core.geom.ImagePoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Polygonal lasso: each click adds a corner; a double click, Enter, or a click on the first corner closes
 * and fills the polygon; Backspace removes the last corner; Escape abandons it. Alt at the first click
 * subtracts.
 */
public final class PolygonLassoTool implements Tool {
    /** How close (in screen pixels) a click must be to the first corner to close the polygon. */
    static final double CLOSE_DISTANCE = 8;
    private final List<ImagePoint> corners = new ArrayList<>();
    private ImagePoint hover;
    private boolean subtract;

    @Override
    public void pressed(EditorSession session, Pointer p) {
        if (corners.isEmpty()) {
            subtract = p.alt();
        } else if (closesOnFirst(p) || p.clickCount() >= 2) {
            // a double click's first press already placed the last corner
            commit(session);
            return;
        }
        corners.add(p.point());
        hover = p.point();
    }

    @Override
    public void dragged(EditorSession session, Pointer p) {
        hover = p.point();
    }

    @Override
    public void released(EditorSession session, Pointer p) {
    }

    @Override
    public void moved(EditorSession session, Pointer p) {
        hover = corners.isEmpty() ? null : p.point();
    }

    @Override
    public void commit(EditorSession session) {
        List<ImagePoint> shape = List.copyOf(corners);
        corners.clear();
        hover = null;
        ShapeFill.polygon(session, shape, subtract, "Polygon lasso");
    }

    @Override
    public void stepBack(EditorSession session) {
        if (!corners.isEmpty()) {
            corners.remove(corners.size() - 1);
        }
    }

    @Override
    public void cancel(EditorSession session) {
        corners.clear();
        hover = null;
    }

    public boolean isDrawing() {
        return !corners.isEmpty();
    }

    @Override
    public ToolPreview preview() {
        if (corners.isEmpty()) {
            return ToolPreview.NONE;
        }
        List<ImagePoint> pts = new ArrayList<>(corners);
        if (hover != null) {
            pts.add(hover);
        }
        return new ToolPreview.Outline(pts, false, subtract);
    }

    private boolean closesOnFirst(Pointer p) {
        return corners.size() >= 3 && p.point().distanceTo(corners.get(0)) <= CLOSE_DISTANCE * p.screenPixel();
    }
}
