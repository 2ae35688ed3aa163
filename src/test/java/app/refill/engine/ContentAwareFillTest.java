package app.refill.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ContentAwareFillTest {
    private static final int W = 240;
    private static final int H = 160;

    private static int grey(int v) {
        return 0xff000000 | v << 16 | v << 8 | v;
    }

    /** Vertical stripes 6 px dark, 6 px light, with a little noise so patches are not all identical. */
    private static int[] stripes() {
        int[] px = new int[W * H];
        Random rnd = new Random(3);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                px[y * W + x] = grey((x / 6) % 2 == 0 ? 40 + rnd.nextInt(6) : 210 + rnd.nextInt(6));
            }
        }
        return px;
    }

    private static boolean[] rect(int x0, int y0, int x1, int y1) {
        boolean[] hole = new boolean[W * H];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                hole[y * W + x] = true;
            }
        }
        return hole;
    }

    private static int[] fill(int[] px, boolean[] hole, long seed) {
        return ContentAwareFill.fill(blanked(px, hole), W, H, hole, null, FillOptions.withSeed(seed), FillMonitor.NONE);
    }

    /** The picture with its hole black, so a fill that leaves the hole alone cannot pass for one that fills it. */
    private static int[] blanked(int[] px, boolean[] hole) {
        int[] in = px.clone();
        for (int i = 0; i < in.length; i++) {
            if (hole[i]) {
                in[i] = 0xff000000;
            }
        }
        return in;
    }

    private static int lum(int c) {
        return c & 0xff;
    }

    @Test
    void aStripePatternContinuesThroughTheHole() {
        int[] px = stripes();
        boolean[] hole = rect(90, 50, 150, 110);
        int[] out = fill(px, hole, 1);
        // every filled row keeps the 12-px period: the fill agrees with the truth on most pixels
        int right = 0;
        int total = 0;
        for (int y = 50; y < 110; y++) {
            for (int x = 90; x < 150; x++) {
                boolean dark = lum(out[y * W + x]) < 128;
                boolean truthDark = (x / 6) % 2 == 0;
                right += dark == truthDark ? 1 : 0;
                total++;
            }
        }
        assertTrue(right > total * 0.9, right + " of " + total + " pixels on the right stripe");
    }

    /** A scale above the work limit is not optimised: it takes the coarser matches, doubled, in one vote. */
    @Test
    void aScaleAboveTheWorkLimitIsFilledByOneVoteFromTheCoarserMatches() {
        int[] px = stripes();
        boolean[] hole = rect(90, 50, 150, 110);
        FillOptions limited = new FillOptions(1, 2, 10_000, 3);
        int[] out = ContentAwareFill.fill(blanked(px, hole), W, H, hole, null, limited, FillMonitor.NONE);
        int right = 0;
        for (int y = 50; y < 110; y++) {
            for (int x = 90; x < 150; x++) {
                right += (lum(out[y * W + x]) < 128) == ((x / 6) % 2 == 0) ? 1 : 0;
            }
        }
        assertTrue(right > 60 * 60 * 0.85, right + " of 3600 pixels on the right stripe");
        for (int i = 0; i < px.length; i++) {
            if (!hole[i]) {
                assertEquals(px[i], out[i], "kept pixel " + i);
            }
        }
    }

    @Test
    void aFlatRegionStaysFlat() {
        int[] px = new int[W * H];
        Random rnd = new Random(5);
        for (int i = 0; i < px.length; i++) {
            px[i] = 0xff000000 | (100 + rnd.nextInt(3)) << 16 | (140 + rnd.nextInt(3)) << 8 | (60 + rnd.nextInt(3));
        }
        int[] out = fill(px, rect(60, 40, 180, 120), 2);
        for (int y = 40; y < 120; y++) {
            for (int x = 60; x < 180; x++) {
                int c = out[y * W + x];
                assertTrue(Math.abs((c >> 16 & 0xff) - 101) <= 3 && Math.abs((c >> 8 & 0xff) - 141) <= 3
                        && Math.abs((c & 0xff) - 61) <= 3, "pixel " + x + "," + y + " = " + Integer.toHexString(c));
            }
        }
    }

    @Test
    void keptPixelsAreBitExact() {
        int[] px = stripes();
        boolean[] hole = rect(20, 30, 70, 90);
        int[] out = fill(px, hole, 3);
        for (int i = 0; i < px.length; i++) {
            if (!hole[i]) {
                assertEquals(px[i], out[i], "kept pixel " + i);
            }
        }
    }

    @Test
    void anExpandExtendsAGradient() {
        // a left-to-right ramp; the right quarter is the new border to fill
        int[] px = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                px[y * W + x] = grey(Math.min(255, x));
            }
        }
        boolean[] hole = rect(180, 0, W, H);
        int[] out = fill(px, hole, 4);
        for (int y = 0; y < H; y += 7) {
            int atSeam = lum(out[y * W + 180]);
            assertTrue(Math.abs(atSeam - 180) <= 12, "continues at the seam: " + atSeam);
            for (int x = 180; x < W; x++) {
                assertTrue(lum(out[y * W + x]) >= 150, "no dark content invented at " + x + "," + y);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFillWhateverTheThreadCount() {
        int[] px = stripes();
        boolean[] hole = rect(100, 20, 160, 140);
        int[] one = ContentAwareFill.fill(px, W, H, hole, null, FillOptions.withSeed(9).withThreads(1), FillMonitor.NONE);
        int[] two = ContentAwareFill.fill(px, W, H, hole, null, FillOptions.withSeed(9).withThreads(2), FillMonitor.NONE);
        int[] again = ContentAwareFill.fill(px, W, H, hole, null, FillOptions.withSeed(9).withThreads(2), FillMonitor.NONE);
        assertArrayEquals(one, two);
        assertArrayEquals(two, again);
    }

    @Test
    void cancelStopsWithinOneIteration() {
        int[] px = stripes();
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger pollsAfterCancel = new AtomicInteger();
        FillMonitor cancelAtThird = new FillMonitor() {
            @Override
            public boolean isCancelled() {
                int n = polls.incrementAndGet();
                if (n > 3) {
                    pollsAfterCancel.incrementAndGet();
                }
                return n >= 3;
            }
        };
        assertThrows(CancellationException.class, () -> ContentAwareFill.fill(px, W, H, rect(80, 40, 160, 120), null,
                FillOptions.withSeed(1), cancelAtThird));
        assertEquals(0, pollsAfterCancel.get(), "no further work after the cancel was seen");
    }

    @Test
    void progressRisesToOne() {
        double[] last = {0};
        boolean[] rising = {true};
        FillMonitor m = new FillMonitor() {
            @Override
            public void progress(double fraction, int level) {
                rising[0] &= fraction >= last[0];
                last[0] = fraction;
            }
        };
        ContentAwareFill.fill(stripes(), W, H, rect(80, 40, 160, 120), null, FillOptions.withSeed(1), m);
        assertTrue(rising[0]);
        assertEquals(1.0, last[0], 1e-9);
    }

    @Test
    void sourcesComeOnlyFromTheSampleArea() {
        // vertical stripes on the left, horizontal on the right; the hole is on the left, sampling on the right
        int[] px = new int[W * H];
        boolean[] allowed = new boolean[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean dark = x < W / 2 ? (x / 5) % 2 == 0 : (y / 5) % 2 == 0;
                px[y * W + x] = grey(dark ? 40 : 210);
                allowed[y * W + x] = x >= W / 2 + 10;
            }
        }
        boolean[] hole = rect(40, 50, 90, 100);
        int[] out = ContentAwareFill.fill(px, W, H, hole, allowed, FillOptions.withSeed(1), FillMonitor.NONE);
        long alongRows = 0;
        long alongColumns = 0;
        for (int y = 55; y < 95; y++) {
            for (int x = 45; x < 85; x++) {
                alongRows += Math.abs(lum(out[y * W + x + 1]) - lum(out[y * W + x]));
                alongColumns += Math.abs(lum(out[(y + 1) * W + x]) - lum(out[y * W + x]));
            }
        }
        assertTrue(alongColumns > 2 * alongRows, "horizontal stripes copied from the sample area: rows " + alongRows
                + ", columns " + alongColumns);
    }

    @Test
    void withoutAnySourcePatchItFallsBackToFastMarching() {
        int w = 20;
        int h = 12;
        int[] px = new int[w * h];
        boolean[] hole = new boolean[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = grey(90);
            hole[i] = i % w > 2;
        }
        int[] out = ContentAwareFill.fill(px, w, h, hole, null, FillOptions.withSeed(1), FillMonitor.NONE);
        for (int i = 0; i < px.length; i++) {
            assertEquals(90, lum(out[i]), 1);
        }
    }
}
