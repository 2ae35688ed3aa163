package app.refill.core.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationTest {
    /**
     * A stored 3x2 image with pixel values 1..6 row by row:
     * <pre>1 2 3
     * 4 5 6</pre>
     * Each row of the table is the upright result, row-major, for one EXIF orientation.
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource(delimiter = ';', value = {
        "1; 3; 2; 1 2 3 4 5 6",
        "2; 3; 2; 3 2 1 6 5 4",
        "3; 3; 2; 6 5 4 3 2 1",
        "4; 3; 2; 4 5 6 1 2 3",
        "5; 2; 3; 1 4 2 5 3 6",
        "6; 2; 3; 4 1 5 2 6 3",
        "7; 2; 3; 6 3 5 2 4 1",
        "8; 2; 3; 3 6 2 5 1 4"})
    void turnsStoredPixelsUpright(int orientation, int w, int h, String expected) {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB_PRE);
        for (int i = 0; i < 6; i++) {
            stored.setRGB(i % 3, i / 3, 0xff000000 | (i + 1));
        }
        BufferedImage up = ImageLoader.upright(stored, orientation);
        assertEquals(w, up.getWidth());
        assertEquals(h, up.getHeight());
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                sb.append(sb.length() == 0 ? "" : " ").append(up.getRGB(x, y) & 0xff);
            }
        }
        assertEquals(expected, sb.toString());
    }
}
