package app.refill.ui.canvas;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Bilinear;
import java.nio.IntBuffer;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * An image and its half-size copies (a display pyramid), so that a zoomed-out view draws a copy close to the
 * screen's own resolution instead of scaling the full picture every frame. On the software pipeline a scaled
 * draw of a 24 MP photo costs tens of milliseconds a frame on the render thread, which the UI thread then
 * waits for; the copy a quarter the size costs a sixteenth. The copies are computed off the UI thread
 * ({@link #compute}) and installed on it ({@link #install}); until then the full image is drawn.
 * Pixels are premultiplied ARGB, so averaging four of them keeps transparent edges clean.
 */
final class DisplayLevels {
    /** No copy is made whose longer side would be below this: the full picture is cheap enough then. */
    static final int SMALLEST_SIDE = 256;

    /** One image to draw and how many halvings it is from the full picture. */
    record Level(Image image, int shift) {
    }

    /** A copy for exactly one zoom, {@code width x height} pixels, drawn pixel for pixel. */
    record Exact(Image image, double scale, int width, int height) {
    }

    /** Makes an exact-zoom copy on a worker and hands it back on the UI thread. */
    interface ExactMaker {
        void make(Callable<int[]> work, Consumer<int[]> done);
    }

    /** No exact-zoom copy larger than this (16 MB): beyond it the halved copies are the cheaper way. */
    static final long MAX_EXACT_PIXELS = 4_000_000L;

    /**
     * Half-size pixel arrays, level 1 first, and whether the full image is opaque everywhere (then nothing drawn
     * under it shows); made on a worker.
     */
    record Computed(int[][] pixels, int[] widths, int[] heights, boolean opaque) {
    }

    private final boolean drawnWhilePending;
    private final int[] base;
    private final int width;
    private final int height;
    private final PixelBuffer<IntBuffer> fullBuffer;
    private final Image full;
    private Computed computed;
    private PixelBuffer<IntBuffer>[] buffers;
    private Image[] images;
    private ExactMaker exactMaker;
    private Exact exact;
    private double exactWanted = Double.NaN;

    DisplayLevels(int[] base, int width, int height) {
        this(base, width, height, true);
    }

    /**
     * @param drawnWhilePending whether a zoomed-out view draws the full image until the copies arrive (the
     *     photo: better slow than blank) or nothing (a result layer: the copies follow within milliseconds,
     *     and drawing four full results at once held the UI for a tenth of a second)
     */
    DisplayLevels(int[] base, int width, int height, boolean drawnWhilePending) {
        this.drawnWhilePending = drawnWhilePending;
        this.base = base;
        this.width = width;
        this.height = height;
        this.fullBuffer = new PixelBuffer<>(width, height, IntBuffer.wrap(base), PixelFormat.getIntArgbPreInstance());
        this.full = new WritableImage(fullBuffer);
    }

    Image full() {
        return full;
    }

    boolean isInstalled() {
        return images != null;
    }

    /**
     * Whether every pixel is known to be opaque: only for an image whose copies were computed from it, which
     * does not change afterwards (a result layer, the photo), never for the mask tint.
     */
    boolean isOpaque() {
        return computed != null && computed.opaque();
    }

    /** The copies of {@code base}; whole-image work, for a worker. */
    static Computed compute(int[] base, int width, int height) {
        Computed empty = allocate(width, height);
        Computed c = new Computed(empty.pixels(), empty.widths(), empty.heights(), isOpaque(base));
        halveInto(c, base, width, height, new PixelRect(0, 0, width, height));
        return c;
    }

    private static boolean isOpaque(int[] argb) {
        for (int p : argb) {
            if (p >>> 24 != 0xff) {
                return false;
            }
        }
        return true;
    }

    /** Transparent copies, for an image that starts transparent (the mask tint of an empty mask). */
    static Computed allocate(int width, int height) {
        int n = 0;
        for (int w = width, h = height; halvable(w, h); w = (w + 1) / 2, h = (h + 1) / 2) {
            n++;
        }
        int[][] px = new int[n][];
        int[] ws = new int[n];
        int[] hs = new int[n];
        int w = width;
        int h = height;
        for (int i = 0; i < n; i++) {
            w = (w + 1) / 2;
            h = (h + 1) / 2;
            ws[i] = w;
            hs[i] = h;
            px[i] = new int[w * h];
        }
        return new Computed(px, ws, hs, false);
    }

    /**
     * Lets this image get copies at exactly the zoom shown, made by {@code maker}. Only for an image whose
     * pixels never change (a result, the photo): the copy is made once per zoom and not kept up to date.
     */
    void makeExactCopiesWith(ExactMaker maker) {
        this.exactMaker = maker;
    }

    /**
     * The copy for exactly {@code scale}, or null while there is none; asks for one when there is none yet
     * for this zoom. A zoomed-out view drawn from it is a plain copy of pixels for the render thread; drawing
     * a halved copy scaled (with smoothing) costs the software pipeline three to four times as much, and the
     * UI thread waits for the render thread at every frame.
     */
    Exact exactAt(double scale) {
        if (exact != null && exact.scale() == scale) {
            return exact;
        }
        if (exactMaker == null || images == null || scale >= 1 || scale == exactWanted) {
            return null;
        }
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        if ((long) w * h > MAX_EXACT_PIXELS) {
            return null;
        }
        exactWanted = scale;
        Level from = at(scale);
        int[] src = from.shift() == 0 ? base : computed.pixels()[from.shift() - 1];
        int sw = from.shift() == 0 ? width : computed.widths()[from.shift() - 1];
        int sh = from.shift() == 0 ? height : computed.heights()[from.shift() - 1];
        PixelRect all = new PixelRect(0, 0, w, h);
        exactMaker.make(() -> Bilinear.resample(src, sw, sh, all, all), px -> {
            if (exactWanted == scale) {
                exact = new Exact(LayerImages.wrap(px, w, h), scale, w, h);
            }
        });
        return null;
    }

    /** The copies in use, or null before {@link #install}. */
    Computed copies() {
        return computed;
    }

    /** Whether an image this size gets a (further) half-size copy. */
    private static boolean halvable(int w, int h) {
        return Math.max((w + 1) / 2, (h + 1) / 2) >= SMALLEST_SIDE;
    }

    /** Puts computed copies in use (UI thread); they must have been made from this image. */
    @SuppressWarnings("unchecked")
    void install(Computed c) {
        computed = c;
        int n = c.pixels().length;
        buffers = new PixelBuffer[n];
        images = new Image[n];
        for (int i = 0; i < n; i++) {
            buffers[i] = new PixelBuffer<>(c.widths()[i], c.heights()[i], IntBuffer.wrap(c.pixels()[i]),
                    PixelFormat.getIntArgbPreInstance());
            images[i] = new WritableImage(buffers[i]);
        }
    }

    /**
     * The image to draw at {@code scale} screen pixels per image pixel: the smallest copy that still has at
     * least one pixel per screen pixel, so nothing is lost to the copy that the scaled draw would keep. Null
     * while a copy is wanted but not made yet, for an image not drawn while pending.
     */
    Level at(double scale) {
        if (images == null && !drawnWhilePending && scale <= 0.5 && halvable(width, height)) {
            return null;
        }
        int shift = 0;
        if (images != null) {
            while (shift < images.length && scale * (1 << (shift + 1)) <= 1.0) {
                shift++;
            }
        }
        return new Level(shift == 0 ? full : images[shift - 1], shift);
    }

    /**
     * Recomputes the copies over a changed rectangle of the full image. Safe on a worker for a large change
     * as long as {@link #flush} follows on the UI thread; a no-op before {@link #install}.
     */
    void recompute(PixelRect r) {
        Computed c = computed;
        if (c != null && !r.isEmpty()) {
            halveInto(c, base, width, height, r);
        }
    }

    /** Brings every copy in {@code c} up to date over rectangle {@code r} of the full image, level by level. */
    private static void halveInto(Computed c, int[] base, int width, int height, PixelRect r) {
        int[] from = base;
        int fw = width;
        int fh = height;
        int x0 = r.x();
        int y0 = r.y();
        int x1 = r.right();
        int y1 = r.bottom();
        for (int i = 0; i < c.pixels().length; i++) {
            x0 >>= 1;
            y0 >>= 1;
            x1 = (x1 + 1) >> 1;
            y1 = (y1 + 1) >> 1;
            halve(from, fw, fh, c.pixels()[i], c.widths()[i], x0, y0, x1, y1);
            from = c.pixels()[i];
            fw = c.widths()[i];
            fh = c.heights()[i];
        }
    }

    /** Tells JavaFX which rectangle of the image and of each copy changed (UI thread). */
    void flush(PixelRect r) {
        if (r.isEmpty()) {
            return;
        }
        fullBuffer.updateBuffer(buf -> new Rectangle2D(r.x(), r.y(), r.width(), r.height()));
        if (buffers == null) {
            return;
        }
        int x0 = r.x();
        int y0 = r.y();
        int x1 = r.right();
        int y1 = r.bottom();
        for (PixelBuffer<IntBuffer> b : buffers) {
            x0 >>= 1;
            y0 >>= 1;
            x1 = (x1 + 1) >> 1;
            y1 = (y1 + 1) >> 1;
            Rectangle2D dirty = new Rectangle2D(x0, y0, x1 - x0, y1 - y0);
            b.updateBuffer(buf -> dirty);
        }
    }

    /**
     * Fills {@code to}'s rectangle [x0, x1) x [y0, y1) with the mean of each pixel's (up to) four children
     * in {@code from}; the last row or column of an odd-sized image has fewer children.
     */
    private static void halve(int[] from, int fw, int fh, int[] to, int tw, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            int sy = y * 2;
            int rows = sy + 1 < fh ? 2 : 1;
            for (int x = x0; x < x1; x++) {
                int sx = x * 2;
                int cols = sx + 1 < fw ? 2 : 1;
                int a = 0;
                int red = 0;
                int green = 0;
                int blue = 0;
                for (int dy = 0; dy < rows; dy++) {
                    int row = (sy + dy) * fw + sx;
                    for (int dx = 0; dx < cols; dx++) {
                        int p = from[row + dx];
                        a += p >>> 24;
                        red += (p >> 16) & 0xff;
                        green += (p >> 8) & 0xff;
                        blue += p & 0xff;
                    }
                }
                int n = rows * cols;
                int half = n / 2;
                to[y * tw + x] = (a + half) / n << 24 | (red + half) / n << 16 | (green + half) / n << 8
                        | (blue + half) / n;
            }
        }
    }
}
