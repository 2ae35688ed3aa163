package app.refill.core.tool;

import app.refill.core.doc.EditorSession;
import app.refill.core.geom.ImagePoint;
import java.util.List;

/**
 * Drag a rectangle: adds it to the mask, or subtracts it when Alt is held at the press. Shift makes it a
 * square. Corners snap to whole pixels.
 */
public final class RectangleTool implements Tool {
    private ImagePoint start;
    private ImagePoint end;
    private boolean subtract;

    @Override
    public void pressed(EditorSession session, Pointer p) {
        start = snap(p.point());
        end = start;
        subtract = p.alt();
    }

    @Override
    public void dragged(EditorSession session, Pointer p) {
        if (start != null) {
            end = corner(p);
        }
    }

    @Override
    public void released(EditorSession session, Pointer p) {
        if (start == null) {
            return;
        }
        end = corner(p);
        ShapeFill.polygon(session, corners(), subtract, "Rectangle");
        start = null;
    }

    @Override
    public void cancel(EditorSession session) {
        start = null;
    }

    @Override
    public ToolPreview preview() {
        return start == null ? ToolPreview.NONE : new ToolPreview.Outline(corners(), true, subtract);
    }

    private ImagePoint corner(Pointer p) {
        ImagePoint q = snap(p.point());
        if (!p.shift()) {
            return q;
        }
        double side = Math.max(Math.abs(q.x() - start.x()), Math.abs(q.y() - start.y()));
        return new ImagePoint(start.x() + Math.copySign(side, q.x() - start.x()),
                start.y() + Math.copySign(side, q.y() - start.y()));
    }

    private List<ImagePoint> corners() {
        return List.of(start, new ImagePoint(end.x(), start.y()), end, new ImagePoint(start.x(), end.y()));
    }

    private static ImagePoint snap(ImagePoint p) {
        return new ImagePoint(Math.round(p.x()), Math.round(p.y()));
    }
}
