package app.refill.engine;

/**
 * How the engine runs.
 *
 * @param seed          the random seed: the same seed, image and hole give the same fill
 * @param threads       worker threads (the result does not depend on it)
 * @param maxWorkPixels the largest scale optimised in full; finer scales get one upsample-and-vote pass
 * @param patchRadius   patches are (2r+1)² pixels
 */
public record FillOptions(long seed, int threads, long maxWorkPixels, int patchRadius) {
    public static final long DEFAULT_MAX_WORK_PIXELS = 2_000_000L;

    public FillOptions {
        if (threads < 1 || patchRadius < 1 || maxWorkPixels < 4096) {
            throw new IllegalArgumentException("unusable fill options");
        }
    }

    public static FillOptions withSeed(long seed) {
        return new FillOptions(seed, Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_WORK_PIXELS, 3);
    }

    public FillOptions withThreads(int n) {
        return new FillOptions(seed, n, maxWorkPixels, patchRadius);
    }
}
