package app.refill.ui.canvas;

import app.refill.core.plan.PastedResult;
import app.refill.ui.Background;
import app.refill.ui.ResultLayer;
import java.nio.IntBuffer;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * JavaFX images of result layers and their differences, wrapping the layers' own pixel arrays (no copy, so a
 * result arriving costs the UI thread no pixel work), with half-size copies for zoomed-out views made on a
 * worker; {@code onReady} runs when copies arrive so the canvas can redraw with them. Forgotten with their
 * layer. UI thread only.
 */
public final class LayerImages {
    private static final Logger LOG = Logger.getLogger(LayerImages.class.getName());
    private final Map<ResultLayer, DisplayLevels> results = new WeakHashMap<>();
    private final Map<int[], DisplayLevels> differences = new WeakHashMap<>();
    private final Map<PastedResult, DisplayLevels> previews = new WeakHashMap<>();
    private final Background background;
    private final Runnable onReady;

    LayerImages(Background background, Runnable onReady) {
        this.background = background;
        this.onReady = onReady;
    }

    DisplayLevels of(ResultLayer l) {
        return results.computeIfAbsent(l, k -> withCopies(k.result().pasted().pixels(), k.imageArea().width(),
                k.imageArea().height(), false));
    }

    DisplayLevels preview(PastedResult p) {
        return previews.computeIfAbsent(p, k -> withCopies(k.pixels(), k.area().width(), k.area().height(), false));
    }

    DisplayLevels difference(ResultLayer l, int[] pixels) {
        return differences.computeIfAbsent(pixels, k -> withCopies(k, l.imageArea().width(), l.imageArea().height(), false));
    }

    /**
     * The image now, its copies made on a worker; until they arrive a zoomed-out view draws it whole or, if
     * not {@code drawnWhilePending}, not at all.
     */
    DisplayLevels withCopies(int[] argbPre, int w, int h, boolean drawnWhilePending) {
        DisplayLevels d = new DisplayLevels(argbPre, w, h, drawnWhilePending);
        d.makeExactCopiesWith((work, done) -> background.runUnseen(work, px -> {
            done.accept(px);
            onReady.run();
        }, e -> LOG.log(Level.WARNING, "No copy of a " + w + "x" + h + " image at the shown zoom", e)));
        background.runUnseen(() -> DisplayLevels.compute(argbPre, w, h), copies -> {
            d.install(copies);
            onReady.run();
        }, e -> LOG.log(Level.WARNING, "No zoomed-out copies of a " + w + "x" + h + " image; drawing it whole", e));
        return d;
    }

    /** A JavaFX image over premultiplied ARGB ints (shared, not copied; the array must not change size). */
    public static Image wrap(int[] argbPre, int w, int h) {
        return new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(argbPre), PixelFormat.getIntArgbPreInstance()));
    }
}
