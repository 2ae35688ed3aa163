package app.refill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextureFloorTest {
    /** A 12x1 strip: known texture 40 on the left, 8 on the right, a hole of six pixels between. */
    private static Level strip() {
        Level l = new Level(12, 1);
        for (int x = 0; x < 12; x++) {
            boolean hole = x >= 3 && x < 9;
            l.hole[x] = hole;
            l.ch[3][x] = hole ? 0 : x < 3 ? 40 : 8;
            l.ch[4][x] = hole ? 0 : x < 3 ? 20 : 4;
        }
        return l;
    }

    private static TextureFloor floorOf(Level l) {
        int[] nearest = new int[l.size()];
        NearestFill.distances(l.hole, l.w, l.h, nearest);
        return TextureFloor.of(l, nearest);
    }

    @Test
    void raisesAFlatHoleTowardsTheTextureOfItsNearestEdge() {
        Level l = strip();
        TextureFloor floor = floorOf(l);
        floor.raise(l);
        // the blur softens the meeting point in the middle; the ends keep their own edge's texture
        assertEquals(40, l.ch[3][3], 8);
        assertEquals(8, l.ch[3][8], 8);
        assertEquals(20, l.ch[4][3], 4);
        assertTrue(l.ch[3][3] > l.ch[3][8]);
    }

    @Test
    void neverLowersTextureAndLeavesKnownPixelsAlone() {
        Level l = strip();
        TextureFloor floor = floorOf(l);
        for (int x = 3; x < 9; x++) {
            l.ch[3][x] = 90;
            l.ch[4][x] = 90;
        }
        l.ch[3][0] = 7;
        floor.raise(l);
        for (int x = 3; x < 9; x++) {
            assertEquals(90, l.ch[3][x]);
            assertEquals(90, l.ch[4][x]);
        }
        assertEquals(7, l.ch[3][0]);
        assertEquals(8, l.ch[3][11]);
    }
}
