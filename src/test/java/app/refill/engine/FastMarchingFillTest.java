package app.refill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastMarchingFillTest {
    @Test
    void fillsASmoothRampSmoothlyAndKeepsTheRest() {
        int w = 64;
        int h = 48;
        int[] px = new int[w * h];
        boolean[] hole = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = 2 * x + y;
                px[y * w + x] = 0xff000000 | v << 16 | v << 8 | v;
                hole[y * w + x] = x >= 20 && x < 40 && y >= 15 && y < 35;
            }
        }
        int[] out = FastMarchingFill.fill(px, w, h, hole);
        for (int i = 0; i < px.length; i++) {
            if (!hole[i]) {
                assertEquals(px[i], out[i]);
            } else {
                int truth = px[i] & 0xff;
                assertTrue(Math.abs((out[i] & 0xff) - truth) <= 12, "pixel " + i + ": " + (out[i] & 0xff) + " vs " + truth);
            }
        }
    }
}
