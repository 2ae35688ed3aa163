package app.refill.core.tool;

import app.refill.core.doc.Document;
import app.refill.core.doc.EditorSession;
import app.refill.core.doc.OutsetsEdit;
import app.refill.core.geom.FrameDrag;
import app.refill.core.geom.FrameDrag.Handle;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import java.util.Optional;

/**
 * The outpaint frame tool: drag an edge or corner handle of the canvas outward to add border (in 64-px steps),
 * inward to take it back. Shift on a corner keeps the canvas ratio, Alt moves the opposite side too. One drag
 * is one undo step.
 */
public final class FrameTool implements Tool {
    /** How close (screen pixels) the pointer must be to an edge or corner to grab it. */
    public static final double REACH = 10;

    private Handle handle;
    private Outsets start;
    private double pressX;
    private double pressY;
    private Object gesture;

    @Override
    public void pressed(EditorSession session, Pointer p) {
        handle = handleAt(session.document(), p).orElse(null);
        if (handle != null) {
            start = session.document().outsets();
            pressX = p.x();
            pressY = p.y();
            gesture = new Object();
        }
    }

    @Override
    public void dragged(EditorSession session, Pointer p) {
        if (handle == null) {
            return;
        }
        Document doc = session.document();
        Outsets next = FrameDrag.drag(start, doc.size(), handle, p.x() - pressX, p.y() - pressY, p.shift(), p.alt());
        if (!next.equals(doc.outsets())) {
            session.perform(new OutsetsEdit(doc.outsets(), next, gesture));
        }
    }

    @Override
    public void released(EditorSession session, Pointer p) {
        dragged(session, p);
        handle = null;
    }

    @Override
    public void cancel(EditorSession session) {
        if (handle != null && !session.document().outsets().equals(start)) {
            session.perform(new OutsetsEdit(session.document().outsets(), start, gesture));
        }
        handle = null;
    }

    public boolean isDragging() {
        return handle != null;
    }

    /** The handle under the pointer: corners win over edges. */
    public static Optional<Handle> handleAt(Document doc, Pointer p) {
        PixelRect c = doc.outsets().canvasRectOf(doc.size());
        double reach = REACH * p.screenPixel();
        double nearLeft = Math.abs(p.x() - c.x());
        double nearRight = Math.abs(p.x() - c.right());
        double nearTop = Math.abs(p.y() - c.y());
        double nearBottom = Math.abs(p.y() - c.bottom());
        boolean withinX = p.x() > c.x() - reach && p.x() < c.right() + reach;
        boolean withinY = p.y() > c.y() - reach && p.y() < c.bottom() + reach;
        boolean left = nearLeft <= reach && withinY;
        boolean right = nearRight <= reach && withinY && !left;
        boolean top = nearTop <= reach && withinX;
        boolean bottom = nearBottom <= reach && withinX && !top;
        if (top && left) {
            return Optional.of(Handle.TOP_LEFT);
        }
        if (top && right) {
            return Optional.of(Handle.TOP_RIGHT);
        }
        if (bottom && right) {
            return Optional.of(Handle.BOTTOM_RIGHT);
        }
        if (bottom && left) {
            return Optional.of(Handle.BOTTOM_LEFT);
        }
        if (top) {
            return Optional.of(Handle.TOP);
        }
        if (bottom) {
            return Optional.of(Handle.BOTTOM);
        }
        if (left) {
            return Optional.of(Handle.LEFT);
        }
        return right ? Optional.of(Handle.RIGHT) : Optional.empty();
    }
}
