package app.refill.engine;

/**
 * One scale of the completion problem: the current estimate in five channels (red, green, blue and two
 * texture channels, the local mean of the absolute horizontal and vertical luminance gradients, scaled by
 * {@link #TEXTURE_SCALE}), which pixels are hole, and which patch centres may serve as sources.
 *
 * <p>The texture channels follow Newson et al. 2014: they are voted like colours, so a textured area keeps a
 * high texture value in the hole even while its colours are still a blurry average, and patch matching then
 * prefers textured sources there instead of settling on flat ones.
 */
final class Level {
    static final int CHANNELS = 5;
    static final int TEXTURE_SCALE = 8;

    final int w;
    final int h;
    final int[][] ch;
    final boolean[] hole;
    /** Patch centres whose whole patch lies in the image, outside the hole, and inside the sample area. */
    boolean[] source;
    /** The centres of {@link #source} as a list, for uniform random picks. */
    int[] sourceList;
    /** Patch centres whose (border-clipped) patch touches the hole, in scan order. */
    int[] targets;

    Level(int w, int h) {
        this.w = w;
        this.h = h;
        this.ch = new int[CHANNELS][w * h];
        this.hole = new boolean[w * h];
    }

    int size() {
        return w * h;
    }

    /** Marks sources (patch of radius r fully inside, known, and allowed) and targets (patch touches the hole). */
    void findPatches(int r, boolean[] allowed) {
        int n = size();
        // distance to the nearest hole pixel along rows, then columns (Chebyshev), tells both sets at once
        int[] rowNear = new int[n];
        for (int y = 0; y < h; y++) {
            int last = Integer.MIN_VALUE / 2;
            for (int x = 0; x < w; x++) {
                if (hole[y * w + x]) {
                    last = x;
                }
                rowNear[y * w + x] = x - last;
            }
            last = Integer.MAX_VALUE / 2;
            for (int x = w - 1; x >= 0; x--) {
                if (hole[y * w + x]) {
                    last = x;
                }
                rowNear[y * w + x] = Math.min(rowNear[y * w + x], last - x);
            }
        }
        source = new boolean[n];
        boolean[] target = new boolean[n];
        int sources = 0;
        int targetCount = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int near = Integer.MAX_VALUE;
                for (int dy = Math.max(-r, -y); dy <= Math.min(r, h - 1 - y); dy++) {
                    near = Math.min(near, Math.max(Math.abs(dy), rowNear[(y + dy) * w + x]));
                }
                int i = y * w + x;
                if (near <= r) {
                    target[i] = true;
                    targetCount++;
                } else if (x >= r && y >= r && x < w - r && y < h - r && (allowed == null || allowed[i])) {
                    source[i] = true;
                    sources++;
                }
            }
        }
        sourceList = new int[sources];
        targets = new int[targetCount];
        for (int i = 0, s = 0, t = 0; i < n; i++) {
            if (source[i]) {
                sourceList[s++] = i;
            }
            if (target[i]) {
                targets[t++] = i;
            }
        }
    }
}
