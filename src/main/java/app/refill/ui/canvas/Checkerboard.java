package app.refill.ui.canvas;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;

/** The light grey checkerboard shown under transparent pixels, fixed in screen space like other editors. */
final class Checkerboard {
    private static final int CELL = 8;

    private Checkerboard() {
    }

    static Paint pattern() {
        WritableImage img = new WritableImage(2 * CELL, 2 * CELL);
        PixelWriter w = img.getPixelWriter();
        Color light = Color.rgb(204, 204, 204);
        Color dark = Color.rgb(170, 170, 170);
        for (int y = 0; y < 2 * CELL; y++) {
            for (int x = 0; x < 2 * CELL; x++) {
                w.setColor(x, y, ((x / CELL) + (y / CELL)) % 2 == 0 ? light : dark);
            }
        }
        return new ImagePattern(img, 0, 0, 2 * CELL, 2 * CELL, false);
    }
}
