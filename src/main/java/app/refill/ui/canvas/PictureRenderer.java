package app.refill.ui.canvas;

import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Viewport;
import app.refill.ui.CompareMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Draws the visible part of the photo, result layers and the mask tint into a view-sized canvas, in one of the
 * compare modes. Zoomed in, each image pixel becomes a sharp square (image smoothing off: ImageView's smooth
 * flag is not honoured by every pipeline); zoomed out, smoothing avoids shimmer. Only the visible source
 * rectangle of each image is drawn.
 */
final class PictureRenderer {
    private static final Color BACKDROP = Color.rgb(27, 28, 31);
    private static final Color DIVIDER = Color.rgb(255, 255, 255, 0.95);
    private static final Font TAG_FONT = Font.font(12);
    private static final double TAG_PADDING = 8;
    /** The tags' text widths, measured once: only "Original" and "Result" are ever drawn. */
    private static final Map<String, Double> TAG_WIDTHS = new HashMap<>();
    private final Canvas canvas;
    private final Paint checker = Checkerboard.pattern();

    /**
     * An image (with its zoomed-out copies) placed at an image-space rectangle, of which only {@code shown}
     * is drawn (the mask tint: only where strokes have been).
     */
    record Drawn(DisplayLevels image, PixelRect area, double opacity, PixelRect shown) {
        Drawn(DisplayLevels image, PixelRect area, double opacity) {
            this(image, area, opacity, area);
        }
    }

    /** What to draw: the photo (and its canvas with any frame), layers, tint and the compare mode. */
    record Scene(DisplayLevels photo, PixelRect canvasRect, List<Drawn> layers, DisplayLevels tint, PixelRect tinted,
            double tintOpacity,
            CompareMode mode, double split, Drawn difference) {
    }

    PictureRenderer(Canvas canvas) {
        this.canvas = canvas;
    }

    void draw(Viewport v, Scene s) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double cw = canvas.getWidth();
        double ch = canvas.getHeight();
        g.setGlobalAlpha(1);
        // a clear of the whole canvas drops the commands still queued from earlier draws
        g.clearRect(0, 0, cw, ch);
        g.setFill(BACKDROP);
        g.fillRect(0, 0, cw, ch);
        if (s.photo() == null) {
            return;
        }
        switch (s.mode()) {
            case LAYERS -> pane(g, v, 0, cw, s, s.layers(), true);
            case SPLIT -> {
                double at = Math.round(s.split() * cw);
                pane(g, v, 0, at, s, List.of(), false);
                pane(g, v, at, cw, s, s.layers(), false);
                divider(g, at, ch, true);
                tag(g, "Original", at - 8, true);
                tag(g, "Result", at + 8, false);
            }
            case SIDE_BY_SIDE -> {
                double half = Math.floor(cw / 2);
                pane(g, v, 0, half, s, List.of(), false);
                pane(g, v.withOffset(v.offsetX() + half, v.offsetY()), half, cw, s, s.layers(), false);
                divider(g, half, ch, false);
                tag(g, "Original", half - 8, true);
                tag(g, "Result", half + 8, false);
            }
            case DIFFERENCE -> {
                pane(g, v, 0, cw, s, List.of(), false);
                g.setFill(Color.rgb(0, 0, 0, 0.6));
                // to whole screen pixels: the photo's exact-zoom copy is drawn at a rounded position, and a
                // row it covers that the darkening covers only in part shows as a bright line at its edge
                fillCanvas(g, v.withOffset(Math.round(v.offsetX()), Math.round(v.offsetY())), s.canvasRect(), 0, cw,
                        true);
                if (s.difference() != null) {
                    image(g, v, s.difference(), cw, ch);
                }
            }
        }
    }

    /** The photo and {@code layers} with viewport {@code v}, clipped to view columns [x0, x1). */
    private void pane(GraphicsContext g, Viewport v, double x0, double x1, Scene s, List<Drawn> layers, boolean tint) {
        if (x1 <= x0) {
            return;
        }
        double ch = canvas.getHeight();
        g.save();
        g.beginPath();
        g.rect(x0, 0, x1 - x0, ch);
        g.clip();
        PixelRect photoRect = new PixelRect(0, 0, (int) s.photo().full().getWidth(), (int) s.photo().full().getHeight());
        // the photo is the bottom layer: an opaque one over the whole canvas hides the checkerboard
        List<Drawn> stack = new ArrayList<>(layers.size() + 1);
        stack.add(new Drawn(s.photo(), photoRect, 1));
        stack.addAll(layers);
        int first = firstUnhidden(stack, s.canvasRect());
        if (first < 0) {
            g.setFill(checker);
            fillCanvas(g, v, s.canvasRect(), x0, x1);
        }
        for (Drawn d : stack.subList(Math.max(0, first), stack.size())) {
            image(g, v, d, x1, ch);
        }
        if (tint && s.tint() != null && s.tintOpacity() > 0) {
            image(g, v, new Drawn(s.tint(), photoRect, s.tintOpacity(), s.tinted().intersect(photoRect)), x1, ch);
        }
        g.restore();
    }

    /**
     * The topmost layer that hides everything under it (fully opaque, drawn whole at full opacity over the
     * whole canvas), or -1 when the checkerboard shows somewhere. A result is pasted back over the whole
     * canvas, so with results shown the photo and the layers below the top one need not be drawn: on the software pipeline each scaled draw of a
     * view-sized image costs the render thread, and the UI thread waits for it, tens of milliseconds.
     */
    static int firstUnhidden(List<Drawn> layers, PixelRect canvasRect) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Drawn d = layers.get(i);
            if (d.opacity() >= 1 && d.image().isOpaque() && d.shown().covers(canvasRect)
                    && d.area().covers(canvasRect)) {
                return i;
            }
        }
        return -1;
    }

    private static void fillCanvas(GraphicsContext g, Viewport v, PixelRect c, double x0, double x1) {
        fillCanvas(g, v, c, x0, x1, false);
    }

    /** Fills the canvas rectangle on screen, clipped to columns [x0, x1); {@code outward}: to whole pixels. */
    private static void fillCanvas(GraphicsContext g, Viewport v, PixelRect c, double x0, double x1,
            boolean outward) {
        double fx0 = Math.max(x0, snap(v.toScreenX(c.x()), outward, false));
        double fy0 = Math.max(0, snap(v.toScreenY(c.y()), outward, false));
        double fx1 = Math.min(x1, snap(v.toScreenX(c.right()), outward, true));
        double fy1 = snap(v.toScreenY(c.bottom()), outward, true);
        if (fx1 > fx0 && fy1 > fy0) {
            g.fillRect(fx0, fy0, fx1 - fx0, fy1 - fy0);
        }
    }

    private static double snap(double screen, boolean outward, boolean far) {
        return !outward ? screen : far ? Math.ceil(screen) : Math.floor(screen);
    }

    /**
     * Draws the visible part of {@code d} from the copy that suits the zoom, widened to whole pixels of that
     * copy so that each drawn pixel is complete.
     */
    private static void image(GraphicsContext g, Viewport v, Drawn d, double cw, double ch) {
        if (d.opacity() <= 0) {
            return;
        }
        PixelRect a = d.area();
        DisplayLevels.Exact exact = d.image().exactAt(v.scale());
        if (exact != null) {
            exactImage(g, v, d, exact, cw, ch);
            return;
        }
        DisplayLevels.Level level = d.image().at(v.scale());
        if (level == null) {
            return;
        }
        Image img = level.image();
        double f = 1 << level.shift();
        PixelRect shown = d.shown();
        double x0 = Math.max(0, Math.floor((Math.max(v.toImageX(0), shown.x()) - a.x()) / f));
        double y0 = Math.max(0, Math.floor((Math.max(v.toImageY(0), shown.y()) - a.y()) / f));
        double x1 = Math.min(img.getWidth(), Math.ceil((Math.min(v.toImageX(cw), shown.right()) - a.x()) / f));
        double y1 = Math.min(img.getHeight(), Math.ceil((Math.min(v.toImageY(ch), shown.bottom()) - a.y()) / f));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        // the last pixel of an odd-sized copy stands for fewer image pixels: never draw past the image
        double w = Math.min(x1 * f, a.width()) - x0 * f;
        double h = Math.min(y1 * f, a.height()) - y0 * f;
        g.setGlobalAlpha(d.opacity());
        g.setImageSmoothing(v.scale() * f < 1);
        g.drawImage(img, x0, y0, w / f, h / f, v.toScreenX(a.x() + x0 * f), v.toScreenY(a.y() + y0 * f),
                w * v.scale(), h * v.scale());
        g.setGlobalAlpha(1);
    }

    /**
     * Draws the visible part of {@code d} from its copy at exactly the view's zoom, one copy pixel per screen
     * pixel at a whole-pixel position (at this zoom a shift of under a pixel is invisible), no smoothing.
     */
    private static void exactImage(GraphicsContext g, Viewport v, Drawn d, DisplayLevels.Exact e, double cw,
            double ch) {
        PixelRect a = d.area();
        double fx = (double) e.width() / a.width();
        double fy = (double) e.height() / a.height();
        double left = Math.round(v.toScreenX(a.x()));
        double top = Math.round(v.toScreenY(a.y()));
        PixelRect shown = d.shown();
        double x0 = Math.max(Math.max(0, -left), Math.floor((shown.x() - a.x()) * fx));
        double y0 = Math.max(Math.max(0, -top), Math.floor((shown.y() - a.y()) * fy));
        double x1 = Math.min(Math.min(e.width(), cw - left), Math.ceil((shown.right() - a.x()) * fx));
        double y1 = Math.min(Math.min(e.height(), ch - top), Math.ceil((shown.bottom() - a.y()) * fy));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        g.setGlobalAlpha(d.opacity());
        g.setImageSmoothing(false);
        g.drawImage(e.image(), x0, y0, x1 - x0, y1 - y0, left + x0, top + y0, x1 - x0, y1 - y0);
        g.setGlobalAlpha(1);
    }

    /**
     * A small dark label at the top of a compare pane, right-aligned to {@code x} or left-aligned from it, as
     * wide as its text plus the same padding on both sides.
     */
    static void tag(GraphicsContext g, String text, double x, boolean rightAligned) {
        double w = TAG_WIDTHS.computeIfAbsent(text, PictureRenderer::measure) + 2 * TAG_PADDING;
        double left = rightAligned ? x - w : x;
        g.setFill(Color.rgb(0, 0, 0, 0.55));
        g.fillRoundRect(left, 10, w, 22, 8, 8);
        g.setFill(Color.WHITE);
        g.setFont(TAG_FONT);
        g.fillText(text, left + TAG_PADDING, 25);
    }

    private static double measure(String text) {
        Text t = new Text(text);
        t.setFont(TAG_FONT);
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    private static void divider(GraphicsContext g, double x, double h, boolean handle) {
        g.setFill(Color.rgb(0, 0, 0, 0.35));
        g.fillRect(x - 2, 0, 4, h);
        g.setFill(DIVIDER);
        g.fillRect(x - 1, 0, 2, h);
        if (handle) {
            double y = h / 2;
            g.fillOval(x - 12, y - 12, 24, 24);
            g.setFill(Color.rgb(40, 40, 44));
            g.fillPolygon(new double[] {x - 3, x - 8, x - 3}, new double[] {y - 5, y, y + 5}, 3);
            g.fillPolygon(new double[] {x + 3, x + 8, x + 3}, new double[] {y - 5, y, y + 5}, 3);
        }
    }
}
