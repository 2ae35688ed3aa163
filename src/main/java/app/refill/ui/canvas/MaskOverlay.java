package app.refill.ui.canvas;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import app.refill.core.image.MaskTint;
import app.refill.ui.Background;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * The mask drawn as a coloured tint: a canvas-sized premultiplied ARGB buffer shared with JavaFX images
 * (with half-size copies for zoomed-out views, {@link DisplayLevels}), so only dirty rectangles are converted
 * and uploaded.
 * Small rectangles (strokes) are converted on the UI thread; large ones (undo of a whole-mask command, a new
 * colour) from a snapshot on a worker, after which small updates made meanwhile are replayed. Starts empty
 * (new documents have an empty mask). UI thread only.
 */
final class MaskOverlay {
    /** Rectangles up to this many pixels are converted right away on the UI thread. */
    static final long SYNC_LIMIT = 1 << 20;

    private final Mask mask;
    private final int[] pixels;
    private final DisplayLevels display;
    private final Background background;
    private final Runnable onChange;
    private final List<PixelRect> sinceSnapshot = new ArrayList<>();
    private MaskTint tint;
    /**
     * Covers every tinted pixel: the union of the rectangles rendered so far (a new document's mask is
     * empty). Drawing only this part spares the renderer a full-size transparent image every frame.
     */
    private PixelRect tinted = PixelRect.EMPTY;
    private int asyncInFlight;

    /**
     * @param pixels a zeroed canvas-sized buffer and {@code copies} its zeroed half-size copies (allocated off
     *     the UI thread: 4 bytes a pixel)
     */
    MaskOverlay(Mask mask, int[] pixels, DisplayLevels.Computed copies, Color color, Background background,
            Runnable onChange) {
        this.onChange = onChange;
        this.mask = mask;
        this.background = background;
        this.pixels = pixels;
        this.display = new DisplayLevels(pixels, mask.width(), mask.height());
        display.install(copies);
        this.tint = new MaskTint(toRgb(color));
    }

    boolean shows(Mask m) {
        return mask == m;
    }

    DisplayLevels levels() {
        return display;
    }

    void setColor(Color color) {
        int rgb = toRgb(color);
        if (rgb != tint.rgb()) {
            tint = new MaskTint(rgb);
            update(mask.bounds());
        }
    }

    PixelRect tinted() {
        return tinted;
    }

    void update(PixelRect rect) {
        PixelRect r = rect.intersect(mask.bounds());
        if (r.isEmpty()) {
            return;
        }
        tinted = tinted.union(r);
        if (r.area() <= SYNC_LIMIT) {
            tint.render(mask, r, pixels);
            display.recompute(r);
            flush(r);
            if (asyncInFlight > 0) {
                sinceSnapshot.add(r);
            }
            return;
        }
        byte[] snapshot = mask.read(r);
        MaskTint t = tint;
        asyncInFlight++;
        background.run(() -> {
            t.render(snapshot, r, pixels, mask.width());
            display.recompute(r);
            return r;
        }, done -> {
            asyncInFlight--;
            flush(done);
            List<PixelRect> replay = List.copyOf(sinceSnapshot);
            if (asyncInFlight == 0) {
                sinceSnapshot.clear();
            }
            for (PixelRect small : replay) {
                tint.render(mask, small, pixels);
                display.recompute(small);
                flush(small);
            }
        }, e -> asyncInFlight--);
    }

    /** Premultiplied ARGB of one overlay pixel, for tests. */
    int pixel(int x, int y) {
        return pixels[y * mask.width() + x];
    }

    private void flush(PixelRect r) {
        display.flush(r);
        onChange.run();
    }

    private static int toRgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
