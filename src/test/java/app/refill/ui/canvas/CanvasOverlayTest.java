package app.refill.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.Viewport;
import app.refill.core.tool.BrushSettings;
import app.refill.ui.EditorFixture;
import app.refill.ui.EditorUiTest;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The tint shows what the mask holds, and the view opens fitted. */
class CanvasOverlayTest extends EditorUiTest {
    @Test
    void aLargeImageOpensFittedAndCtrlZeroFitsAgain() throws Exception {
        fx.open(EditorFixture.photo(dir, 3000, 2000));
        Viewport v = fx.canvas().viewportProperty().get();
        assertTrue(v.scale() < 0.5, "scale " + v.scale());
        assertTrue(fx.canvas().isFitMode());
        robot.clickOn(fx.canvas(), MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, fx.canvas().viewportProperty().get().scale());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(v.scale(), fx.canvas().viewportProperty().get().scale(), 1e-9);
    }

    @Test
    void paintedPixelsAreTintedAndANewColourRetintsThem() throws Exception {
        fx.open(EditorFixture.photo(dir, 200, 100));
        WaitForAsyncUtils.asyncFx(() -> fx.vm().brushProperty().set(new BrushSettings(12, 1))).get();
        Point2D p = fx.screenOf(50, 50);
        robot.moveTo(p).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        int tint = fx.canvas().overlayPixel(50, 50);
        assertEquals(0xff, tint >>> 24);
        assertEquals(255, (tint >> 16) & 0xff);
        assertEquals(0, fx.canvas().overlayPixel(100, 50));
        WaitForAsyncUtils.asyncFx(() -> fx.vm().tintColorProperty().set(Color.rgb(0, 200, 0))).get();
        WaitForAsyncUtils.waitForFxEvents();
        EditorFixture.waitUntil(() -> fx.canvas().overlayPixel(50, 50) == 0xff00c800);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, fx.canvas().overlayPixel(50, 50));
    }

    @Test
    void hundredPercentIsPixelExactAndZoomingInShowsSharpSquares() throws Exception {
        fx.open(EditorFixture.photo(dir, 200, 100));
        WaitForAsyncUtils.asyncFx(() -> fx.canvas().zoomTo(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.image.BufferedImage photo = fx.session().document().image();
        javafx.scene.image.Image shot = WaitForAsyncUtils.asyncFx(() -> fx.canvas().pictureSnapshot()).get();
        Viewport v = fx.canvas().viewportProperty().get();
        for (int[] p : new int[][] {{0, 0}, {17, 3}, {100, 50}, {199, 99}, {150, 80}}) {
            int screen = shot.getPixelReader().getArgb((int) v.offsetX() + p[0], (int) v.offsetY() + p[1]);
            assertEquals(photo.getRGB(p[0], p[1]), screen, "pixel " + p[0] + "," + p[1]);
        }
        WaitForAsyncUtils.asyncFx(() -> fx.canvas().zoomTo(4)).get();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image zoomed = WaitForAsyncUtils.asyncFx(() -> fx.canvas().pictureSnapshot()).get();
        Viewport z = fx.canvas().viewportProperty().get();
        int ix = 100;
        int iy = 50;
        int sx = (int) z.toScreenX(ix);
        int sy = (int) z.toScreenY(iy);
        for (int dy = 0; dy < 4; dy++) {
            for (int dx = 0; dx < 4; dx++) {
                assertEquals(photo.getRGB(ix, iy), zoomed.getPixelReader().getArgb(sx + dx, sy + dy),
                        "screen pixel " + dx + "," + dy + " of image pixel " + ix + "," + iy);
            }
        }
    }

    @Test
    void theStatusBarShowsSizeZoomAndThePointerInImagePixels() throws Exception {
        fx.open(EditorFixture.photo(dir, 200, 100));
        robot.moveTo(fx.screenOf(20.5, 30.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("200 x 100 px", robot.lookup("#statusSize").queryLabeled().getText());
        assertEquals("100 %", robot.lookup("#statusZoom").queryLabeled().getText());
        assertEquals("x 20  y 30", robot.lookup("#statusPosition").queryLabeled().getText());
    }

    @Test
    void zoomedOutTheCopiesOfPhotoAndTintAreDrawnInPlace() throws Exception {
        fx.open(EditorFixture.photo(dir, 3000, 2000));
        EditorFixture.waitUntil(() -> fx.canvas().photoLevels().isInstalled());
        Viewport v = fx.canvas().viewportProperty().get();
        assertTrue(fx.canvas().photoLevels().at(v.scale()).shift() >= 1, "fit at " + v.scale() + " draws a copy");
        javafx.scene.image.Image shot = WaitForAsyncUtils.asyncFx(() -> fx.canvas().pictureSnapshot()).get();
        for (int[] p : new int[][] {{40, 40}, {1500, 1000}, {2950, 300}, {700, 1960}}) {
            int screen = shot.getPixelReader().getArgb((int) v.toScreenX(p[0]), (int) v.toScreenY(p[1]));
            assertEquals(p[0] * 255 / 3000, (screen >> 16) & 0xff, 3, "red (image x) at " + p[0] + "," + p[1]);
            assertEquals(p[1] * 255 / 2000, (screen >> 8) & 0xff, 3, "green (image y) at " + p[0] + "," + p[1]);
        }
        // a stroke painted while zoomed out shows in the tint's copy where it was painted, and only there
        WaitForAsyncUtils.asyncFx(() -> fx.vm().brushProperty().set(new BrushSettings(120, 1))).get();
        robot.moveTo(fx.screenOf(1000, 1000)).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image painted = WaitForAsyncUtils.asyncFx(() -> fx.canvas().pictureSnapshot()).get();
        int at = painted.getPixelReader().getArgb((int) v.toScreenX(1000), (int) v.toScreenY(1000));
        int before = shot.getPixelReader().getArgb((int) v.toScreenX(1000), (int) v.toScreenY(1000));
        assertTrue(((at >> 16) & 0xff) > ((before >> 16) & 0xff) + 40, "tinted red: " + Integer.toHexString(at));
        for (int[] p : new int[][] {{1000, 1100}, {1100, 1000}, {900, 1000}}) {
            int sx = (int) v.toScreenX(p[0]);
            int sy = (int) v.toScreenY(p[1]);
            assertEquals(shot.getPixelReader().getArgb(sx, sy), painted.getPixelReader().getArgb(sx, sy),
                    "untouched beside the stroke at " + p[0] + "," + p[1]);
        }
    }

    @Test
    void theCheckerboardShowsThroughTransparentPixelsOnly() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 100,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                img.setRGB(x, y, x < 100 ? 0x00000000 : 0xff2060a0);
            }
        }
        java.nio.file.Path f = dir.resolve("half-transparent.png");
        javax.imageio.ImageIO.write(img, "png", f.toFile());
        fx.open(f);
        WaitForAsyncUtils.asyncFx(() -> fx.canvas().zoomTo(1)).get();
        EditorFixture.waitUntil(() -> fx.canvas().photoLevels() != null);
        javafx.scene.image.Image shot = WaitForAsyncUtils.asyncFx(() -> fx.canvas().pictureSnapshot()).get();
        Viewport v = fx.canvas().viewportProperty().get();
        int clear = shot.getPixelReader().getArgb((int) v.toScreenX(50), (int) v.toScreenY(50));
        assertTrue(clear == 0xffcccccc || clear == 0xffaaaaaa, "checkerboard grey, was " + Integer.toHexString(clear));
        assertEquals(0xff2060a0, shot.getPixelReader().getArgb((int) v.toScreenX(150), (int) v.toScreenY(50)));
    }
}
