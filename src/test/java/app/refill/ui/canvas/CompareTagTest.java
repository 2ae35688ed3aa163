package app.refill.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.ui.EditorUiTest;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The "Original" and "Result" tags over a compare view fit their text, with even padding. */
class CompareTagTest extends EditorUiTest {
    private static final int GREY = 128;

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
        int[] original = extents(shot, 0, 204);
        int[] result = extents(shot, 204, 400);
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
    private static int[] extents(Image shot, int x0, int x1) {
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

    private static int brightness(int argb) {
        return ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3;
    }
}
