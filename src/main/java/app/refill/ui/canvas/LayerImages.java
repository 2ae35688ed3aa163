package app.refill.ui.canvas;

import app.refill.ui.ResultLayer;
import java.nio.IntBuffer;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * JavaFX images of result layers, wrapping the layers' own pixel arrays (no copy, so a result arriving costs
 * the UI thread no pixel work). Forgotten with their layer.
 */
public final class LayerImages {
    private final Map<ResultLayer, Image> results = new WeakHashMap<>();
    private final Map<int[], Image> differences = new WeakHashMap<>();

    Image of(ResultLayer l) {
        return results.computeIfAbsent(l, k -> wrap(k.result().pasted().pixels(), k.imageArea().width(),
                k.imageArea().height()));
    }

    Image difference(ResultLayer l, int[] pixels) {
        return differences.computeIfAbsent(pixels, k -> wrap(k, l.imageArea().width(), l.imageArea().height()));
    }

    /** A JavaFX image over premultiplied ARGB ints (shared, not copied; the array must not change size). */
    public static Image wrap(int[] argbPre, int w, int h) {
        return new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(argbPre), PixelFormat.getIntArgbPreInstance()));
    }
}
