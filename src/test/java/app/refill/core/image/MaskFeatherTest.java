package app.refill.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskFeatherTest {
    @Test
    void featheredStepRisesMonotonicallyThroughHalfAtTheEdge() {
        Mask m = new Mask(40, 3);
        for (int y = 0; y < 3; y++) {
            for (int x = 20; x < 40; x++) {
                m.set(x, y, 255);
            }
        }
        Mask f = MaskFeather.feather(m, 8);
        assertEquals(0, f.get(0, 1));
        assertEquals(255, f.get(39, 1));
        for (int x = 1; x < 40; x++) {
            assertTrue(f.get(x, 1) >= f.get(x - 1, 1), "not monotonic at " + x);
        }
        int atEdge = (f.get(19, 1) + f.get(20, 1)) / 2;
        assertTrue(Math.abs(atEdge - 128) <= 8, "edge value " + atEdge);
        assertTrue(f.get(14, 1) > 0 && f.get(25, 1) < 255, "soft band too narrow");
        assertEquals(0, f.get(8, 1));
        assertEquals(255, f.get(31, 1));
    }

    @Test
    void featherIsSymmetricAroundASymmetricShape() {
        Mask m = new Mask(31, 31);
        for (int y = 10; y < 21; y++) {
            for (int x = 10; x < 21; x++) {
                m.set(x, y, 255);
            }
        }
        Mask f = MaskFeather.feather(m, 6);
        for (int i = 0; i < 31; i++) {
            assertEquals(f.get(i, 15), f.get(30 - i, 15));
            assertEquals(f.get(15, i), f.get(15, 30 - i));
            // rows are blurred before columns, so the transpose may differ by rounding only
            assertEquals(f.get(i, 15), f.get(15, i), 1);
        }
    }

    @Test
    void aMaskTouchingTheBorderStaysSolidThere() {
        Mask m = new Mask(20, 20);
        m.fill(255);
        assertArrayEquals(m.raw(), MaskFeather.feather(m, 5).raw());
    }

    @Test
    void boxRadiiApproximateTheGaussian() {
        int[] r = MaskFeather.boxRadii(4);
        double variance = 0;
        for (int radius : r) {
            int w = 2 * radius + 1;
            variance += (w * w - 1) / 12.0;
        }
        assertEquals(16, variance, 2.5);
    }
}
