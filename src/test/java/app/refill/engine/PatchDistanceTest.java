package app.refill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The patch distance against a plain sum over the five channels, for whole patches and border-clipped ones. */
class PatchDistanceTest {
    private static final int W = 30;
    private static final int H = 24;
    private static final int R = 3;

    private static PatchField field() {
        Level l = new Level(W, H);
        Random rnd = new Random(11);
        for (int[] c : l.ch) {
            for (int i = 0; i < c.length; i++) {
                c[i] = rnd.nextInt(256);
            }
        }
        for (int y = 8; y < 14; y++) {
            for (int x = 0; x < 12; x++) {
                l.hole[y * W + x] = true;
            }
        }
        l.findPatches(R, null);
        PatchField f = new PatchField(l, R);
        f.randomise(5);
        return f;
    }

    private static long plain(Level l, int t, int s) {
        long sum = 0;
        for (int dy = -R; dy <= R; dy++) {
            for (int dx = -R; dx <= R; dx++) {
                int tx = t % W + dx;
                int ty = t / W + dy;
                if (tx < 0 || ty < 0 || tx >= W || ty >= H) {
                    continue;
                }
                for (int[] c : l.ch) {
                    int d = c[ty * W + tx] - c[s + dy * W + dx];
                    sum += (long) d * d;
                }
            }
        }
        return sum;
    }

    @Test
    void wholeAndClippedPatchesSumEveryChannelOfEveryPixel() {
        PatchField f = field();
        int source = 18 * W + 20;
        int whole = 11 * W + 8;
        int clippedLeft = 11 * W + 1;
        for (int t : new int[] {whole, clippedLeft}) {
            assertEquals(plain(f.l, t, source), f.distance(t, source, Integer.MAX_VALUE), "target " + t);
        }
    }

    @Test
    void stopsEarlyOnceTheSumPassesTheLimit() {
        PatchField f = field();
        int source = 18 * W + 20;
        int whole = 11 * W + 8;
        long full = plain(f.l, whole, source);
        int partial = f.distance(whole, source, 1);
        assertTrue(partial >= 1 && partial < full, partial + " of " + full);
    }
}
