package app.refill.engine;

/**
 * The starting guess at the coarsest scale: every hole pixel takes the values of its nearest known pixel
 * (a breadth-first label transform), then a light blur inside the hole removes the Voronoi edges. Starting
 * from noise instead makes the first matches random and the result depend on luck.
 */
final class NearestFill {
    private static final int BLUR_PASSES = 3;

    private NearestFill() {
    }

    /**
     * Distance (in 8-connected steps) from each pixel to the nearest known pixel, 0 for known pixels, and the
     * index of that nearest known pixel in {@code nearest} (when not null). An image without known pixels
     * gets distance {@link Integer#MAX_VALUE} everywhere.
     */
    static int[] distances(boolean[] hole, int w, int h, int[] nearest) {
        int n = w * h;
        int[] dist = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (hole[i]) {
                dist[i] = Integer.MAX_VALUE;
            } else {
                queue[tail++] = i;
                if (nearest != null) {
                    nearest[i] = i;
                }
            }
        }
        while (head < tail) {
            int i = queue[head++];
            int x = i % w;
            int y = i / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if ((dx | dy) != 0 && nx >= 0 && ny >= 0 && nx < w && ny < h) {
                        int j = ny * w + nx;
                        if (dist[j] == Integer.MAX_VALUE) {
                            dist[j] = dist[i] + 1;
                            if (nearest != null) {
                                nearest[j] = nearest[i];
                            }
                            queue[tail++] = j;
                        }
                    }
                }
            }
        }
        return dist;
    }

    /**
     * Fills the level's hole pixels from their nearest known pixels, then blurs inside the hole.
     *
     * @param nearest each pixel's nearest known pixel from {@link #distances}, or null to find them here
     */
    static void apply(Level l, int[] nearest) {
        if (nearest == null) {
            nearest = new int[l.size()];
            distances(l.hole, l.w, l.h, nearest);
        }
        for (int i = 0; i < l.size(); i++) {
            if (l.hole[i]) {
                for (int[] c : l.ch) {
                    c[i] = c[nearest[i]];
                }
            }
        }
        for (int[] c : l.ch) {
            blurHole(l, c);
        }
    }

    /** The light blur of the starting guess: {@link #BLUR_PASSES} 3x3 box passes over the hole pixels of c. */
    static void blurHole(Level l, int[] c) {
        for (int pass = 0; pass < BLUR_PASSES; pass++) {
            blurOnce(l, c);
        }
    }

    private static void blurOnce(Level l, int[] c) {
        int[] src = c.clone();
        for (int y = 0; y < l.h; y++) {
            for (int x = 0; x < l.w; x++) {
                int i = y * l.w + x;
                if (!l.hole[i]) {
                    continue;
                }
                int sum = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < l.w && ny < l.h) {
                            sum += src[ny * l.w + nx];
                            n++;
                        }
                    }
                }
                c[i] = (sum + n / 2) / n;
            }
        }
    }
}
