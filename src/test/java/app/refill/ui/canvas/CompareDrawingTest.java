package app.refill.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Viewport;
import app.refill.ui.CompareMode;
import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the compare views draw over the picture: tags that fit their text, a difference view dimmed to its edges. */
class CompareDrawingTest {
    private static final int GREY = 128;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void eachTagHasTheSamePaddingLeftAndRightOfItsText() throws Exception {
        Image shot = WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(400, 48);
            GraphicsContext g = c.getGraphicsContext2D();
            g.setFill(Color.rgb(GREY, GREY, GREY));
            g.fillRect(0, 0, 400, 48);
            PictureRenderer.tag(g, "Original", 200, true);
            PictureRenderer.tag(g, "Result", 208, false);
            return c.snapshot(null, null);
        }).get();
        int[] original = tagExtents(shot, 0, 204);
        int[] result = tagExtents(shot, 204, 400);
        assertEquals(199, original[1], "the Original tag ends at the divider");
        assertEquals(208, result[0], "the Result tag starts after the divider");
        for (int[] e : new int[][] {original, result}) {
            int left = e[2] - e[0];
            int right = e[1] - e[3];
            assertTrue(left >= 5 && Math.abs(left - right) <= 2,
                    "padding left " + left + " and right " + right + " of the text, box " + e[0] + "–" + e[1]);
        }
    }

    /** Box left, box right, text left, text right (inclusive columns) of the tag between x0 and x1. */
    private static int[] tagExtents(Image shot, int x0, int x1) {
        PixelReader r = shot.getPixelReader();
        int boxLeft = -1;
        int boxRight = -1;
        int textLeft = -1;
        int textRight = -1;
        for (int x = x0; x < x1; x++) {
            // the middle row: the rounded corners do not cut it, the text may cross it
            if (brightness(r.getArgb(x, 21)) != GREY) {
                boxLeft = boxLeft < 0 ? x : boxLeft;
                boxRight = x;
            }
            for (int y = 12; y < 31; y++) {
                if (brightness(r.getArgb(x, y)) > GREY) {
                    textLeft = textLeft < 0 ? x : textLeft;
                    textRight = x;
                }
            }
        }
        assertTrue(boxLeft >= 0 && textLeft >= 0, "a tag between x " + x0 + " and " + x1);
        return new int[] {boxLeft, boxRight, textLeft, textRight};
    }

    @Test
    void theDifferenceViewDimsThePhotoToItsLastPixelAtAnyOffset() throws Exception {
        int w = 100;
        int h = 80;
        double scale = 0.37;
        Image shot = WaitForAsyncUtils.asyncFx(() -> {
            int[] white = new int[w * h];
            Arrays.fill(white, 0xffffffff);
            DisplayLevels photo = new DisplayLevels(white, w, h);
            photo.install(DisplayLevels.compute(white, w, h));
            photo.makeExactCopiesWith((work, done) -> {
                try {
                    done.accept(work.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            photo.exactAt(scale);
            Canvas c = new Canvas(120, 60);
            // a view offset between pixels: the exact copy lands on whole pixels, the photo's edges do not
            new PictureRenderer(c).draw(new Viewport(scale, 10.3, 7.6), new PictureRenderer.Scene(photo,
                    new PixelRect(0, 0, w, h), List.of(), null, PixelRect.EMPTY, 0, CompareMode.DIFFERENCE, 0.5,
                    null));
            return c.snapshot(null, null);
        }).get();
        PixelReader r = shot.getPixelReader();
        int dimmed = 0;
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                int b = brightness(r.getArgb(x, y));
                assertTrue(b <= 110, "pixel " + x + "," + y + " brightness " + b + ": part of the photo not dimmed");
                dimmed += b >= 95 ? 1 : 0;
            }
        }
        assertEquals(37 * 30, dimmed, "the whole 37 x 30 copy of the white photo is shown, dimmed");
    }

    private static int brightness(int argb) {
        return ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3;
    }
}
