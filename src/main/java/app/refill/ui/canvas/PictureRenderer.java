package app.refill.ui.canvas;

import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Viewport;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Draws the visible part of the photo and the mask tint into a view-sized canvas. Zoomed in, each image pixel
 * becomes a sharp square (image smoothing off: ImageView's smooth flag is not honoured by every pipeline);
 * zoomed out, smoothing avoids shimmer. Only the visible source rectangle is drawn.
 */
final class PictureRenderer {
    private static final Color BACKDROP = Color.rgb(27, 28, 31);
    private final Canvas canvas;
    private final Paint checker = Checkerboard.pattern();

    PictureRenderer(Canvas canvas) {
        this.canvas = canvas;
    }

    /**
     * @param canvasRect the canvas (image plus outpaint frame) in image space; the frame's border shows the
     *                   checkerboard, since it is what the job will generate
     */
    void draw(Viewport v, Image photo, Image tint, double tintOpacity, PixelRect canvasRect) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double cw = canvas.getWidth();
        double ch = canvas.getHeight();
        g.setGlobalAlpha(1);
        g.setFill(BACKDROP);
        g.fillRect(0, 0, cw, ch);
        if (photo == null) {
            return;
        }
        double iw = photo.getWidth();
        double ih = photo.getHeight();
        g.setFill(checker);
        double fx0 = Math.max(0, v.toScreenX(canvasRect.x()));
        double fy0 = Math.max(0, v.toScreenY(canvasRect.y()));
        double fx1 = Math.min(cw, v.toScreenX(canvasRect.right()));
        double fy1 = Math.min(ch, v.toScreenY(canvasRect.bottom()));
        if (fx1 > fx0 && fy1 > fy0) {
            g.fillRect(fx0, fy0, fx1 - fx0, fy1 - fy0);
        }
        // visible image rectangle, widened to whole pixels so that each drawn pixel is complete
        double x0 = Math.max(0, Math.floor(v.toImageX(0)));
        double y0 = Math.max(0, Math.floor(v.toImageY(0)));
        double x1 = Math.min(iw, Math.ceil(v.toImageX(cw)));
        double y1 = Math.min(ih, Math.ceil(v.toImageY(ch)));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        double dx = v.toScreenX(x0);
        double dy = v.toScreenY(y0);
        double dw = (x1 - x0) * v.scale();
        double dh = (y1 - y0) * v.scale();
        g.setImageSmoothing(v.scale() < 1);
        g.drawImage(photo, x0, y0, x1 - x0, y1 - y0, dx, dy, dw, dh);
        if (tint != null && tintOpacity > 0) {
            g.setGlobalAlpha(tintOpacity);
            g.drawImage(tint, x0, y0, x1 - x0, y1 - y0, dx, dy, dw, dh);
            g.setGlobalAlpha(1);
        }
    }
}
