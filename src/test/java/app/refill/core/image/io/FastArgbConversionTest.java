package app.refill.core.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FastArgbConversionTest {
    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB})
    void matchesJavaTwoDPixelForPixel(int type) {
        BufferedImage src = new BufferedImage(37, 23, type);
        Random rnd = new Random(3);
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                src.setRGB(x, y, rnd.nextInt());
            }
        }
        BufferedImage fast = FastArgbConversion.convert(src);
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, fast.getType());
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                assertEquals(src.getRGB(x, y), fast.getRGB(x, y), "at " + x + "," + y);
            }
        }
    }

    @Test
    void otherLayoutsAreLeftToJavaTwoD() {
        assertNull(FastArgbConversion.convert(new BufferedImage(4, 4, BufferedImage.TYPE_4BYTE_ABGR)));
        assertNull(FastArgbConversion.convert(new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR).getSubimage(1, 1, 4, 4)));
    }
}
