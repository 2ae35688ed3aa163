package app.refill.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Area averaging: each output pixel is the coverage-weighted mean of the source pixels under it. */
class AreaAverageTest {
    private static int grey(int v) {
        return 0xff000000 | v << 16 | v << 8 | v;
    }

    @Test
    void wholeBlocksAverageExactly() {
        // 4x2 source, 2x1 output: each output pixel is the mean of a 2x2 block
        int[] src = {grey(0), grey(10), grey(100), grey(200), grey(20), grey(30), grey(40), grey(60)};
        int[] out = AreaAverage.shrink(src, 4, 0, 0, 4, 2, 2, 1);
        assertArrayEquals(new int[] {grey(15), grey(100)}, out);
    }

    @Test
    void aPixelCutByAnEdgeCountsByTheFractionInside() {
        // 3 px to 2: the middle pixel is half under each output pixel, so each is (p + p1 / 2) / 1.5
        int[] src = {grey(30), grey(90), grey(150)};
        int[] out = AreaAverage.shrink(src, 3, 0, 0, 3, 1, 2, 1);
        assertArrayEquals(new int[] {grey(50), grey(130)}, out);
    }

    @Test
    void readsOnlyTheCropWindow() {
        int w = 10;
        int[] src = new int[w * 6];
        Arrays.fill(src, grey(255));
        for (int y = 2; y < 4; y++) {
            for (int x = 3; x < 7; x++) {
                src[y * w + x] = grey(40);
            }
        }
        assertArrayEquals(new int[] {grey(40), grey(40)}, AreaAverage.shrink(src, w, 3, 2, 4, 2, 2, 1));
    }

    @Test
    void premultipliedColoursAverageWithTheirAlpha() {
        // opaque red beside fully transparent: half-covered premultiplied red, not an opaque dark red
        int[] src = {0xffff0000, 0x00000000};
        assertArrayEquals(new int[] {0x80800000}, AreaAverage.shrink(src, 2, 0, 0, 2, 1, 1, 1));
    }

    @Test
    void aFinePatternShrinksToItsMeanWithoutAliasing() {
        // a one-pixel checkerboard shrunk by an odd ratio: a point-sampling or two-tap filter would show bands
        int w = 370;
        int h = 250;
        int[] src = new int[w * h];
        for (int i = 0; i < src.length; i++) {
            src[i] = ((i % w + i / w) & 1) == 0 ? grey(0) : grey(250);
        }
        for (int p : AreaAverage.shrink(src, w, 0, 0, w, h, 100, 67)) {
            int v = p & 0xff;
            assertTrue(Math.abs(v - 125) <= 4, "grey " + v + " is not the pattern's mean");
        }
    }

    @Test
    void theSameSizeIsACopyAndTheMeanIsKept() {
        Random r = new Random(3);
        int w = 97;
        int h = 61;
        int[] src = new int[w * h];
        for (int i = 0; i < src.length; i++) {
            src[i] = 0xff000000 | r.nextInt(0x1000000);
        }
        assertArrayEquals(src, AreaAverage.shrink(src, w, 0, 0, w, h, w, h));
        int[] small = AreaAverage.shrink(src, w, 0, 0, w, h, 13, 7);
        assertEquals(meanGreen(src), meanGreen(small), 1.0);
    }

    @Test
    void refusesToEnlarge() {
        assertThrows(IllegalArgumentException.class, () -> AreaAverage.shrink(new int[4], 2, 0, 0, 2, 2, 3, 2));
    }

    private static double meanGreen(int[] px) {
        return Arrays.stream(px).map(p -> p >> 8 & 0xff).average().orElseThrow();
    }
}
