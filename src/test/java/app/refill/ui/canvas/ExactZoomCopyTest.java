package app.refill.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.refill.core.geom.Viewport;
import app.refill.ui.EditorFixture;
import app.refill.ui.EditorUiTest;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Zoomed out, the photo is drawn pixel for pixel from a copy made for that zoom, in the right place. */
class ExactZoomCopyTest extends EditorUiTest {
    private static final int[] QUADRANTS = {0xffd02020, 0xff2040d0, 0xff20b040, 0xffe0c020};

    @Test
    void aCopyAtTheShownZoomIsDrawnWhereThePhotoIs() throws Exception {
        int w = 3000;
        int h = 2000;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, quadrant(x, y, w, h));
            }
        }
        Path f = dir.resolve("quadrants.png");
        ImageIO.write(img, "png", f.toFile());
        fx.open(f);
        double scale = 0.137;
        WaitForAsyncUtils.asyncFx(() -> fx.canvas().zoomTo(scale)).get();
        EditorFixture.waitUntil(() -> hasExactCopy(scale));
        Image shot = WaitForAsyncUtils.asyncFx(() -> fx.canvas().pictureSnapshot()).get();
        Viewport v = fx.canvas().viewportProperty().get();
        assertEquals(scale, v.scale(), 1e-9);
        // every screen pixel over the photo, away from the quadrant edges, has its quadrant's colour exactly
        int checked = 0;
        for (int sy = 0; sy < shot.getHeight(); sy++) {
            for (int sx = 0; sx < shot.getWidth(); sx++) {
                double ix = v.toImageX(sx + 0.5);
                double iy = v.toImageY(sy + 0.5);
                boolean clear = ix > 0 && iy > 0 && ix < w && iy < h && Math.abs(ix - w / 2.0) > 2 / scale
                        && Math.abs(iy - h / 2.0) > 2 / scale && ix > 2 / scale && iy > 2 / scale
                        && ix < w - 2 / scale && iy < h - 2 / scale;
                if (clear) {
                    assertEquals(Integer.toHexString(quadrant((int) ix, (int) iy, w, h)),
                            Integer.toHexString(shot.getPixelReader().getArgb(sx, sy)), "screen " + sx + "," + sy);
                    checked++;
                }
            }
        }
        assertEquals(true, checked > 20_000, checked + " pixels checked");
        // the halves meet where the photo's middle is: the first wholly blue column and wholly green row start
        // within a pixel after it (the copy's column across the middle is a blend of both)
        int row = (int) v.toScreenY(h / 4.0);
        int col = (int) v.toScreenX(w / 4.0);
        int firstBlue = 0;
        while (shot.getPixelReader().getArgb(firstBlue, row) != QUADRANTS[1]) {
            firstBlue++;
        }
        int firstGreen = 0;
        while (shot.getPixelReader().getArgb(col, firstGreen) != QUADRANTS[2]) {
            firstGreen++;
        }
        double middleX = v.toScreenX(w / 2.0);
        double middleY = v.toScreenY(h / 2.0);
        assertEquals(true, firstBlue >= middleX - 0.01 && firstBlue <= middleX + 1.01, firstBlue + " vs " + middleX);
        assertEquals(true, firstGreen >= middleY - 0.01 && firstGreen <= middleY + 1.01, firstGreen + " vs " + middleY);
    }

    private boolean hasExactCopy(double scale) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> fx.canvas().photoLevels().exactAt(scale) != null).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int quadrant(int x, int y, int w, int h) {
        return QUADRANTS[(x < w / 2 ? 0 : 1) + (y < h / 2 ? 0 : 2)];
    }
}
