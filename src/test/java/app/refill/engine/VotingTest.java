package app.refill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * How much a patch's vote counts on the finest level. A sharp weighting made the vote winner-take-all and a
 * large fill a collage of hard-edged cut-outs, so a patch as good as three in four of the level's matches must
 * still count e^-1/2 of a perfect one.
 */
class VotingTest {
    private static final int W = 40;
    private static final int H = 30;

    @Test
    void aMatchAtTheSeventyFifthPercentileCountsEToTheMinusHalf() {
        Level l = new Level(W, H);
        for (int y = 10; y < 20; y++) {
            for (int x = 12; x < 28; x++) {
                l.hole[y * W + x] = true;
            }
        }
        l.findPatches(3, null);
        PatchField f = new PatchField(l, 3);
        int n = l.targets.length;
        // per-pixel errors 1, 2, ..., n in target order
        for (int k = 0; k < n; k++) {
            int t = l.targets[k];
            f.dist[t] = (k + 1) * f.patchArea(t);
        }
        float[] wt = Voting.weights(f, new int[W * H], true);

        int p75 = (int) (n * 0.75);
        double twoSigma2 = 2.0 * (p75 + 1);
        assertEquals(Math.exp(-0.5), wt[l.targets[p75]], 1e-6);
        assertEquals(Math.exp(-1 / twoSigma2), wt[l.targets[0]], 1e-6, "the best match");
        assertEquals(Math.exp(-n / twoSigma2), wt[l.targets[n - 1]], 1e-6, "the worst match");
    }

    @Test
    void withoutSimilarityOnlyTheDepthIntoTheHoleCounts() {
        Level l = new Level(W, H);
        for (int x = 0; x < W; x++) {
            l.hole[15 * W + x] = true;
        }
        l.findPatches(3, null);
        PatchField f = new PatchField(l, 3);
        int[] depth = new int[W * H];
        int deep = 15 * W + 20;
        depth[deep] = 2;
        float[] wt = Voting.weights(f, depth, false);
        assertEquals(1, wt[14 * W + 20], 1e-6);
        assertEquals(Math.pow(1.3, -2), wt[deep], 1e-6);
    }
}
