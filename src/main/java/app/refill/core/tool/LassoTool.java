package app.refill.core.tool;

import app.refill.core.doc.EditorSession;
import app.refill.core.geom.ImagePoint;
import java.util.ArrayList;
import java.util.List;

/** Freehand lasso: the dragged path, closed back to its start, is added (or subtracted with Alt). */
public final class LassoTool implements Tool {
    private final List<ImagePoint> path = new ArrayList<>();
    private boolean active;
    private boolean subtract;

    @Override
    public void pressed(EditorSession session, Pointer p) {
        path.clear();
        path.add(p.point());
        subtract = p.alt();
        active = true;
    }

    @Override
    public void dragged(EditorSession session, Pointer p) {
        if (active && p.point().distanceTo(path.get(path.size() - 1)) >= p.screenPixel()) {
            path.add(p.point());
        }
    }

    @Override
    public void released(EditorSession session, Pointer p) {
        if (!active) {
            return;
        }
        dragged(session, p);
        active = false;
        ShapeFill.polygon(session, List.copyOf(path), subtract, "Lasso");
        path.clear();
    }

    @Override
    public void cancel(EditorSession session) {
        active = false;
        path.clear();
    }

    @Override
    public ToolPreview preview() {
        return active ? new ToolPreview.Outline(List.copyOf(path), false, subtract) : ToolPreview.NONE;
    }
}
