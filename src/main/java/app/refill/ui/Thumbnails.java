package app.refill.ui;

import app.refill.core.plan.Thumbnail;
import app.refill.ui.canvas.LayerImages;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** Thumbnails (drawn on workers) as images for list cells; one JavaFX image per thumbnail. UI thread only. */
final class Thumbnails {
    private static final Map<Thumbnail, Image> IMAGES = new WeakHashMap<>();

    private Thumbnails() {
    }

    static ImageView view(double side) {
        ImageView v = new ImageView();
        v.setFitWidth(side);
        v.setFitHeight(side);
        v.setPreserveRatio(true);
        v.setSmooth(true);
        return v;
    }

    static Image image(Thumbnail t) {
        return t == null ? null : IMAGES.computeIfAbsent(t, k -> LayerImages.wrap(k.argb(), k.width(), k.height()));
    }
}
