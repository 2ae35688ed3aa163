package app.refill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The instant preview: small whatever the request, and a smooth fill of the whole hole. */
class QuickPreviewTest {
    @Test
    void aLargeRequestIsPreviewedOnASmallCopyWithTheHoleFilledFromItsEdge() {
        int w = 2000;
        int h = 1500;
        int[] argb = new int[w * h];
        boolean[] hole = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean inHole = x >= 801 && x < 1203 && y >= 601 && y < 903;
                hole[y * w + x] = inHole;
                // left half dark, right half light; the hole is marked magenta, which must not survive
                argb[y * w + x] = inHole ? 0xffff00ff : x < 1000 ? 0xff202020 : 0xffe0e0e0;
            }
        }
        QuickPreview.Image p = QuickPreview.of(argb, w, h, hole);
        assertTrue((long) p.width() * p.height() <= QuickPreview.MAX_PIXELS, p.width() + "x" + p.height());
        assertEquals(p.width() * 3, p.height() * 4, 2, "the copy keeps the aspect");
        int f = (w + p.width() - 1) / p.width();
        for (int i = 0; i < p.argb().length; i++) {
            int px = p.argb()[i];
            assertTrue((px & 0xff00ff) != 0xff00ff || (px >> 8 & 0xff) > 0x40, "no magenta left at " + i);
            assertEquals(0xff, px >>> 24);
        }
        // the block containing the hole's centre sits between the dark and the light sides
        int centre = p.argb()[(750 / f) * p.width() + 1000 / f] & 0xff;
        assertTrue(centre > 0x30 && centre < 0xd0, "centre " + centre);
        assertEquals(0x20, p.argb()[(100 / f) * p.width() + 100 / f] & 0xff, "known pixels stay as they were");
    }
}
