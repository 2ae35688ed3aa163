package app.refill.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ThumbnailTest {
    @Test
    void thumbnailsWithTheSamePixelsAreEqualEvenInTwoArrays() {
        Thumbnail a = new Thumbnail(2, 1, new int[] {0xff_102030, 0xff_405060});
        Thumbnail b = new Thumbnail(2, 1, new int[] {0xff_102030, 0xff_405060});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void aPixelOrTheShapeMakesThemDiffer() {
        Thumbnail a = new Thumbnail(2, 1, new int[] {0xff_102030, 0xff_405060});
        assertNotEquals(a, new Thumbnail(2, 1, new int[] {0xff_102030, 0xff_405061}));
        assertNotEquals(a, new Thumbnail(1, 2, new int[] {0xff_102030, 0xff_405060}));
        assertNotEquals(a, "Thumbnail[2x1]");
    }

    @Test
    void itsTextGivesTheSizeNotEveryPixel() {
        assertEquals("Thumbnail[48x36]", new Thumbnail(48, 36, new int[48 * 36]).toString());
    }
}
