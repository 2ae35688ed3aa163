package app.refill.ui.canvas;

import app.refill.core.geom.ImagePoint;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import app.refill.core.geom.Viewport;
import app.refill.core.tool.ToolPreview;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws tool outlines and the brush circle in screen space, in black and white so they show on any photo. */
final class OverlayPainter {
    private final Canvas canvas;

    OverlayPainter(Canvas canvas) {
        this.canvas = canvas;
    }

    /** The outpaint frame as the overlay shows it; handles only while the frame tool is active. */
    record FrameView(Size image, Outsets outsets, boolean handles) {
    }

    void paint(Viewport v, ToolPreview preview, FrameView frame, boolean brush, double x, double y, double diameter) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (frame != null && (frame.handles() || !frame.outsets().isNone())) {
            FrameOverlay.paint(g, v, frame.image(), frame.outsets(), frame.handles());
        }
        if (preview instanceof ToolPreview.Outline o && o.points().size() >= 2) {
            outline(g, v, o.points(), o.closed(), o.subtract());
        }
        if (brush) {
            double r = Math.max(0.5, diameter / 2);
            g.setLineDashes();
            g.setStroke(Color.rgb(0, 0, 0, 0.7));
            g.setLineWidth(3);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            if (r < 6) {
                g.strokeLine(x - 8, y, x - 3, y);
                g.strokeLine(x + 3, y, x + 8, y);
                g.strokeLine(x, y - 8, x, y - 3);
                g.strokeLine(x, y + 3, x, y + 8);
            }
        }
    }

    private static void outline(GraphicsContext g, Viewport v, List<ImagePoint> pts, boolean closed, boolean subtract) {
        int n = pts.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = v.toScreenX(pts.get(i).x());
            ys[i] = v.toScreenY(pts.get(i).y());
        }
        for (int pass = 0; pass < 2; pass++) {
            g.setLineWidth(1.5);
            g.setStroke(pass == 0 ? Color.WHITE : (subtract ? Color.rgb(220, 40, 40) : Color.BLACK));
            g.setLineDashes(pass == 0 ? null : new double[] {5, 5});
            if (closed) {
                g.strokePolygon(xs, ys, n);
            } else {
                g.strokePolyline(xs, ys, n);
            }
        }
        g.setLineDashes();
    }
}
