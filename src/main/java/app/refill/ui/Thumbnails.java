package app.refill.ui;

import app.refill.core.plan.Thumbnail;
import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Thumbnails (drawn on workers) as image views for list cells. */
final class Thumbnails {
    private Thumbnails() {
    }

    static ImageView view(Thumbnail t, double side) {
        ImageView v = new ImageView(new WritableImage(new PixelBuffer<>(t.width(), t.height(), IntBuffer.wrap(t.argb()),
                PixelFormat.getIntArgbPreInstance())));
        v.setFitWidth(side);
        v.setFitHeight(side);
        v.setPreserveRatio(true);
        v.setSmooth(true);
        return v;
    }
}
