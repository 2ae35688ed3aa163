package app.refill.ui.canvas;

import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Size;
import app.refill.core.geom.Viewport;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Draws the outpaint frame: its outline, the image's edge, handles, and live labels of each side and the size. */
final class FrameOverlay {
    private static final Color ACCENT = Color.rgb(79, 140, 255);
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 12);
    private static final double HANDLE = 9;

    private FrameOverlay() {
    }

    static void paint(GraphicsContext g, Viewport v, Size image, Outsets o, boolean handles) {
        PixelRect c = o.canvasRectOf(image);
        double x0 = v.toScreenX(c.x());
        double y0 = v.toScreenY(c.y());
        double x1 = v.toScreenX(c.right());
        double y1 = v.toScreenY(c.bottom());
        double ix0 = v.toScreenX(0);
        double iy0 = v.toScreenY(0);
        double ix1 = v.toScreenX(image.width());
        double iy1 = v.toScreenY(image.height());

        g.setLineDashes(4, 4);
        g.setLineWidth(1);
        g.setStroke(Color.rgb(255, 255, 255, 0.8));
        g.strokeRect(ix0 + 0.5, iy0 + 0.5, ix1 - ix0 - 1, iy1 - iy0 - 1);
        g.setLineDashes();
        g.setStroke(Color.rgb(0, 0, 0, 0.6));
        g.setLineWidth(3);
        g.strokeRect(x0, y0, x1 - x0, y1 - y0);
        g.setStroke(ACCENT);
        g.setLineWidth(1.5);
        g.strokeRect(x0, y0, x1 - x0, y1 - y0);

        if (handles) {
            double mx = (x0 + x1) / 2;
            double my = (y0 + y1) / 2;
            double[][] points = {{x0, y0}, {mx, y0}, {x1, y0}, {x1, my}, {x1, y1}, {mx, y1}, {x0, y1}, {x0, my}};
            for (double[] p : points) {
                g.setFill(Color.WHITE);
                g.fillRect(p[0] - HANDLE / 2, p[1] - HANDLE / 2, HANDLE, HANDLE);
                g.setStroke(ACCENT);
                g.setLineWidth(1.5);
                g.strokeRect(p[0] - HANDLE / 2, p[1] - HANDLE / 2, HANDLE, HANDLE);
            }
        }
        double midX = (ix0 + ix1) / 2;
        double midY = (iy0 + iy1) / 2;
        // a side's label sits in the middle of its border, or just outside the edge while the side is 0
        sideLabel(g, o.top(), midX, o.top() > 0 ? (y0 + iy0) / 2 : y0 - 13, handles);
        sideLabel(g, o.bottom(), midX, o.bottom() > 0 ? (iy1 + y1) / 2 : y1 + 13, handles);
        sideLabel(g, o.left(), o.left() > 0 ? (x0 + ix0) / 2 : x0 - 18, midY, handles);
        sideLabel(g, o.right(), o.right() > 0 ? (ix1 + x1) / 2 : x1 + 18, midY, handles);
        Size canvas = o.canvasOf(image);
        String size = String.format(Locale.ROOT, "%d × %d px  ·  %.1f MP", canvas.width(), canvas.height(),
                canvas.megapixels());
        double above = y0 - (o.top() > 0 ? 14 : 38);
        label(g, size, (x0 + x1) / 2, above >= 12 ? above : y0 + 38, ACCENT);
    }

    private static void sideLabel(GraphicsContext g, int px, double x, double y, boolean always) {
        if (px > 0 || always) {
            label(g, px > 0 ? "+" + px : "0", x, y, Color.rgb(20, 21, 24, 0.85));
        }
    }

    private static void label(GraphicsContext g, String text, double cx, double cy, Color background) {
        Text measure = new Text(text);
        measure.setFont(LABEL);
        double w = measure.getLayoutBounds().getWidth() + 12;
        double h = 20;
        g.setFill(background);
        g.fillRoundRect(cx - w / 2, cy - h / 2, w, h, 8, 8);
        g.setFill(Color.WHITE);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, cx, cy);
    }
}
