package app.refill.ui;

import app.refill.core.plan.Thumbnail;
import app.refill.ui.canvas.LayerImages;
import javafx.scene.image.ImageView;

/** Thumbnails (drawn on workers) as image views for list cells. */
final class Thumbnails {
    private Thumbnails() {
    }

    static ImageView view(Thumbnail t, double side) {
        ImageView v = new ImageView(LayerImages.wrap(t.argb(), t.width(), t.height()));
        v.setFitWidth(side);
        v.setFitHeight(side);
        v.setPreserveRatio(true);
        v.setSmooth(true);
        return v;
    }
}
