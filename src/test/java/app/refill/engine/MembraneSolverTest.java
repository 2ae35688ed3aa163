package app.refill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
