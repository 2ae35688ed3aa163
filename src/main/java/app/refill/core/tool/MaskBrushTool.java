package app.refill.core.tool;

import app.refill.core.doc.EditorSession;
import app.refill.core.doc.MaskStroke;
import app.refill.core.geom.ImagePoint;
import app.refill.core.geom.PixelRect;
import app.refill.core.image.MaskPainter;
import java.util.function.Supplier;

/**
 * Brush and eraser: paints round dabs along the pointer path, spaced a tenth of the brush size apart. One press
 * to release is one undo step. Shift+press draws a straight line from where the previous stroke ended.
 */
public final class MaskBrushTool implements Tool {
    private final MaskPainter painter = new MaskPainter();
    private final MaskPainter.Mode mode;
    private final Supplier<BrushSettings> settings;
    private MaskStroke stroke;
    private ImagePoint last;
    private double carried;
    private EditorSession lastSession;
    private ImagePoint strokeEnd;

    private MaskBrushTool(MaskPainter.Mode mode, Supplier<BrushSettings> settings) {
        this.mode = mode;
        this.settings = settings;
    }

    public static MaskBrushTool brush(Supplier<BrushSettings> settings) {
        return new MaskBrushTool(MaskPainter.Mode.ADD, settings);
    }

    public static MaskBrushTool eraser(Supplier<BrushSettings> settings) {
        return new MaskBrushTool(MaskPainter.Mode.ERASE, settings);
    }

    public boolean erases() {
        return mode == MaskPainter.Mode.ERASE;
    }

    @Override
    public void pressed(EditorSession session, Pointer p) {
        stroke = session.beginStroke(mode == MaskPainter.Mode.ADD ? "Brush stroke" : "Eraser stroke");
        carried = 0;
        if (p.shift() && strokeEnd != null && lastSession == session) {
            last = strokeEnd;
            dab(last);
            segmentTo(p.point());
        } else {
            last = p.point();
            dab(last);
        }
    }

    @Override
    public void dragged(EditorSession session, Pointer p) {
        if (stroke != null) {
            segmentTo(p.point());
        }
    }

    @Override
    public void released(EditorSession session, Pointer p) {
        if (stroke == null) {
            return;
        }
        segmentTo(p.point());
        stroke.finish();
        stroke = null;
        strokeEnd = last;
        lastSession = session;
    }

    @Override
    public void cancel(EditorSession session) {
        if (stroke != null) {
            stroke.cancel();
            stroke = null;
        }
    }

    private void segmentTo(ImagePoint to) {
        double spacing = Math.max(1.0, settings.get().size() * 0.1);
        double len = last.distanceTo(to);
        if (len == 0) {
            return;
        }
        double t = spacing - carried;
        while (t <= len) {
            dab(new ImagePoint(last.x() + (to.x() - last.x()) * t / len, last.y() + (to.y() - last.y()) * t / len));
            t += spacing;
        }
        carried = len - (t - spacing);
        last = to;
    }

    private void dab(ImagePoint c) {
        BrushSettings s = settings.get();
        PixelRect r = painter.dabBounds(stroke.mask(), c.x(), c.y(), s.size(), s.hardness());
        stroke.beforeWrite(r);
        painter.dab(stroke.mask(), c.x(), c.y(), s.size(), s.hardness(), mode);
        stroke.written(r);
    }
}
