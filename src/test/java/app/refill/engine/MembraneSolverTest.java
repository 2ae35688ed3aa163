package app.refill.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class MembraneSolverTest {
    private static final int W = 34;
    private static final int H = 9;

    /**
     * Between a ring column held at 0 on the left and one held at 66 on the right, with free (Neumann) top and
     * bottom edges, Laplace's equation has the ramp 2x as its solution. Next to the fixed cells, where a seam
     * would show, the solver must come within 3 % of the span; further in it must at least stay between the
     * fixed values (a seam correction needs no more).
     */
    @Test
    void itSolvesLaplaceBetweenTheRingValues() {
        byte[] kind = new byte[W * H];
        float[][] v = new float[3][W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = y * W + x;
                boolean ring = x == 0 || x == W - 1;
                kind[i] = (byte) (ring ? 1 : 2);
                if (ring) {
                    v[0][i] = 2 * x;
                    v[1][i] = -2 * x;
                    v[2][i] = 5;
                }
            }
        }
        MembraneSolver.solve(v, kind, W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 1; x < W - 1; x++) {
                int i = y * W + x;
                boolean nearRing = x <= 4 || x >= W - 5;
                double tolerance = nearRing ? 2 : 33;
                assertEquals(2 * x, v[0][i], tolerance, "red at " + x + "," + y);
                assertEquals(-2 * x, v[1][i], tolerance, "green at " + x + "," + y);
                assertEquals(5, v[2][i], 0.01, "blue at " + x + "," + y);
            }
        }
    }

    /** Pixels outside the problem (kind 0) are not boundary values: next to them the membrane is free. */
    @Test
    void pixelsOutsideTheProblemDoNotPullOnIt() {
        byte[] kind = {0, 2, 2, 1};
        float[][] v = {{-100, 0, 0, 10}};
        MembraneSolver.solve(v, kind, 4, 1);
        assertEquals(10, v[0][1], 0.01);
        assertEquals(10, v[0][2], 0.01);
    }

    /** A hole big enough to be relaxed in parallel chunks comes out the same on one thread and on two. */
    @Test
    void theSolutionDoesNotDependOnTheThreadCount() throws Exception {
        float[][] one = largeProblemSolvedWith(1);
        float[][] two = largeProblemSolvedWith(2);
        for (int k = 0; k < one.length; k++) {
            assertArrayEquals(one[k], two[k], "channel " + k);
        }
    }

    private static float[][] largeProblemSolvedWith(int threads) throws Exception {
        int w = 300;
        int h = 200;
        byte[] kind = new byte[w * h];
        float[][] v = new float[2][w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                boolean ring = x == 0 || y == 0 || x == w - 1 || y == h - 1;
                kind[i] = ring ? MembraneSolver.FIXED : MembraneSolver.FREE;
                v[0][i] = ring ? (float) Math.sin(x * 0.1) * 50 : 0;
                v[1][i] = ring ? (x * 7 + y * 13) % 41 : 0;
            }
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> MembraneSolver.solve(v, kind, w, h)).get();
        } finally {
            pool.shutdown();
        }
        return v;
    }
}
