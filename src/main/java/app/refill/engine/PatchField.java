package app.refill.engine;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The nearest-neighbour field of one level (Barnes et al. 2009, PatchMatch): for every target patch centre the
 * centre of the most similar source patch, found by propagation from scan neighbours and random search at
 * halving radii. Patches are (2r+1)² pixels over all five channels, clipped at the image border (which is what
 * lets a patch hanging over the edge of an expand find a match), compared by SSD with early termination.
 *
 * <p>Work is split into row bands (their number depends only on the level) processed in two phases (even bands, then odd ones), so a
 * band never reads a neighbour band while it is being written: the result depends only on the seed, not on
 * the number of threads or their timing.
 */
final class PatchField {
    static final int MAX_BANDS = 16;
    /** Interleaved values in one row of an unclipped 7x7 patch, the case {@code distance7} is unrolled for. */
    private static final int FULL_ROW = 7 * Level.CHANNELS;

    final Level l;
    final int r;
    final int[] nnf;
    final int[] dist;
    final boolean[] isTarget;
    /**
     * The level's channels interleaved (5 per pixel) so a patch row is a few cache lines, refreshed after votes.
     * Known pixels never change, so their entries are always current (voting reads sources from here).
     */
    final short[] px;
    private final int bands;
    private final int[] bandStart;

    PatchField(Level l, int r) {
        this.l = l;
        this.r = r;
        this.nnf = new int[l.size()];
        this.dist = new int[l.size()];
        this.isTarget = new boolean[l.size()];
        this.px = new short[l.size() * Level.CHANNELS];
        for (int t : l.targets) {
            isTarget[t] = true;
        }
        int n = l.targets.length;
        // a band holds at least a row's worth of targets, so a row above is in this band or the previous one
        bands = Math.max(1, Math.min(MAX_BANDS, n / (l.w + 1)));
        bandStart = new int[bands + 1];
        for (int b = 0; b <= bands; b++) {
            bandStart[b] = (int) ((long) n * b / bands);
        }
    }

    /**
     * Random sources for every target (the coarsest level), each replaced by the nearest source patch when that
     * matches better: for a thin hole the patch next door is usually right, and finding it by chance would take
     * many passes.
     */
    void randomise(long seed) {
        FastRandom rnd = new FastRandom(seed);
        for (int t : l.targets) {
            nnf[t] = l.sourceList[rnd.nextInt(l.sourceList.length)];
        }
        recomputeDistances();
        boolean[] notSource = new boolean[l.size()];
        for (int i = 0; i < notSource.length; i++) {
            notSource[i] = !l.source[i];
        }
        int[] nearest = new int[l.size()];
        NearestFill.distances(notSource, l.w, l.h, nearest);
        forEachBand(b -> {
            for (int k = bandStart[b]; k < bandStart[b + 1]; k++) {
                int t = l.targets[k];
                int d = distance(t, nearest[t], dist[t]);
                if (d < dist[t]) {
                    nnf[t] = nearest[t];
                    dist[t] = d;
                }
            }
        }, false);
    }

    /** Takes the coarser level's matches, doubled, as the starting field of this level. */
    void upsampleFrom(PatchField coarse, long seed) {
        Level c = coarse.l;
        FastRandom rnd = new FastRandom(seed);
        for (int t : l.targets) {
            int x = t % l.w;
            int y = t / l.w;
            int cp = Math.min(y / 2, c.h - 1) * c.w + Math.min(x / 2, c.w - 1);
            int guess = -1;
            if (coarse.isTarget[cp]) {
                int s = coarse.nnf[cp];
                int sx = clamp(2 * (s % c.w) + (x & 1), r, l.w - 1 - r);
                int sy = clamp(2 * (s / c.w) + (y & 1), r, l.h - 1 - r);
                guess = nearestSource(sx, sy);
            }
            nnf[t] = guess >= 0 ? guess : l.sourceList[rnd.nextInt(l.sourceList.length)];
        }
        recomputeDistances();
    }

    /** A source centre at or right next to (x, y), or -1. */
    private int nearestSource(int x, int y) {
        for (int rad = 0; rad <= 2; rad++) {
            for (int dy = -rad; dy <= rad; dy++) {
                for (int dx = -rad; dx <= rad; dx++) {
                    int sx = x + dx;
                    int sy = y + dy;
                    if (sx >= 0 && sy >= 0 && sx < l.w && sy < l.h && l.source[sy * l.w + sx]) {
                        return sy * l.w + sx;
                    }
                }
            }
        }
        return -1;
    }

    /** Re-reads the level's channels (after a vote) and every target's distance to its match. */
    void recomputeDistances() {
        refresh();
        forEachBand(b -> {
            for (int k = bandStart[b]; k < bandStart[b + 1]; k++) {
                int t = l.targets[k];
                dist[t] = distance(t, nnf[t], Integer.MAX_VALUE);
            }
        }, false);
    }

    private void refresh() {
        int n = l.size();
        int[][] ch = l.ch;
        for (int i = 0, j = 0; i < n; i++, j += Level.CHANNELS) {
            for (int k = 0; k < Level.CHANNELS; k++) {
                px[j + k] = (short) ch[k][i];
            }
        }
    }

    /**
     * One PatchMatch pass: forward scans propagate from the left and above, backward from the right and below.
     *
     * @param searchRadius the first (largest) random-search radius
     */
    void iterate(long seed, boolean forward, int searchRadius) {
        forEachBand(b -> {
            FastRandom rnd = new FastRandom(seed * 31 + b);
            int from = bandStart[b];
            int to = bandStart[b + 1];
            for (int k = forward ? from : to - 1; forward ? k < to : k >= from; k += forward ? 1 : -1) {
                improve(l.targets[k], forward, rnd, searchRadius);
            }
        }, true);
    }

    private void improve(int p, boolean forward, FastRandom rnd, int searchRadius) {
        int w = l.w;
        int x = p % w;
        int best = nnf[p];
        int bestD = dist[p];
        int step = forward ? 1 : -1;
        // propagation: the neighbour's match, shifted by one
        int nx = p - step;
        if (x - step >= 0 && x - step < w && isTarget[nx]) {
            int c = nnf[nx] + step;
            if (c % w == nnf[nx] % w + step && c >= 0 && c < l.size() && l.source[c] && c != best) {
                int d = distance(p, c, bestD);
                if (d < bestD) {
                    best = c;
                    bestD = d;
                }
            }
        }
        int ny = p - step * w;
        if (ny >= 0 && ny < l.size() && isTarget[ny]) {
            int c = nnf[ny] + step * w;
            if (c >= 0 && c < l.size() && l.source[c] && c != best) {
                int d = distance(p, c, bestD);
                if (d < bestD) {
                    best = c;
                    bestD = d;
                }
            }
        }
        // random search around the best match at halving radii
        int bx = best % w;
        int by = best / w;
        for (int rad = searchRadius; rad >= 1; rad >>= 1) {
            int cx = clamp(bx + rnd.nextInt(2 * rad + 1) - rad, r, w - 1 - r);
            int cy = clamp(by + rnd.nextInt(2 * rad + 1) - rad, r, l.h - 1 - r);
            int c = cy * w + cx;
            if (l.source[c] && c != best) {
                int d = distance(p, c, bestD);
                if (d < bestD) {
                    best = c;
                    bestD = d;
                }
            }
        }
        nnf[p] = best;
        dist[p] = bestD;
    }

    /** SSD between the (border-clipped) patch at target t and the patch at source s; stops once past {@code limit}. */
    int distance(int t, int s, int limit) {
        int w = l.w;
        int tx = t % w;
        int ty = t / w;
        int y0 = Math.max(-r, -ty);
        int y1 = Math.min(r, l.h - 1 - ty);
        int x0 = Math.max(-r, -tx);
        int x1 = Math.min(r, w - 1 - tx);
        short[] v = px;
        int sum = 0;
        if ((x1 - x0 + 1) * Level.CHANNELS == FULL_ROW) {
            return distance7(v, (t + y0 * w + x0) * Level.CHANNELS, (s + y0 * w + x0) * Level.CHANNELS,
                    y1 - y0 + 1, w * Level.CHANNELS, limit);
        }
        int rowLen = (x1 - x0 + 1) * Level.CHANNELS;
        for (int dy = y0; dy <= y1; dy++) {
            int a = (t + dy * w + x0) * Level.CHANNELS;
            int b = (s + dy * w + x0) * Level.CHANNELS;
            for (int k = 0; k < rowLen; k++) {
                int d = v[a + k] - v[b + k];
                sum += d * d;
            }
            if (sum >= limit) {
                return sum;
            }
        }
        return sum;
    }

    /**
     * The common case, rows 7 pixels wide (an unclipped 7x7 patch), one pixel's five channels per step: the
     * same sums and the same early exits as the general loop, and fills about 10 % faster (JMH centre 1225 ->
     * 1117 ms, strip 2490 -> 2209 ms), which pays for the costlier matches of textured fills.
     */
    private static int distance7(short[] v, int a, int b, int rows, int stride, int limit) {
        int sum = 0;
        for (int row = 0; row < rows; row++, a += stride, b += stride) {
            int s0 = 0;
            int s1 = 0;
            for (int k = 0; k < FULL_ROW; k += 5) {
                int d0 = v[a + k] - v[b + k];
                int d1 = v[a + k + 1] - v[b + k + 1];
                int d2 = v[a + k + 2] - v[b + k + 2];
                int d3 = v[a + k + 3] - v[b + k + 3];
                int d4 = v[a + k + 4] - v[b + k + 4];
                s0 += d0 * d0 + d1 * d1 + d2 * d2;
                s1 += d3 * d3 + d4 * d4;
            }
            sum += s0 + s1;
            if (sum >= limit) {
                return sum;
            }
        }
        return sum;
    }

    /** Number of in-image pixels of the target patch at t. */
    int patchArea(int t) {
        int tx = t % l.w;
        int ty = t / l.w;
        return (Math.min(r, l.w - 1 - tx) + Math.min(r, tx) + 1) * (Math.min(r, l.h - 1 - ty) + Math.min(r, ty) + 1);
    }

    private void forEachBand(IntConsumer band, boolean twoPhases) {
        if (!twoPhases) {
            IntStream.range(0, bands).parallel().forEach(band);
            return;
        }
        IntStream.range(0, (bands + 1) / 2).parallel().forEach(i -> band.accept(2 * i));
        IntStream.range(0, bands / 2).parallel().forEach(i -> band.accept(2 * i + 1));
    }

    static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }
}
