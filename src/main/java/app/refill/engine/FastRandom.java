package app.refill.engine;

/**
 * xorshift64* with a multiply-shift bound: PatchMatch draws a dozen random offsets per patch per pass, and
 * SplittableRandom's rejection loop for odd bounds showed up as a sixth of the fill's time. Statistical
 * quality needs are modest (spread the search), determinism for a seed is what matters.
 */
final class FastRandom {
    private long s;

    FastRandom(long seed) {
        s = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        if (s == 0) {
            s = 1;
        }
        next();
    }

    long next() {
        s ^= s >>> 12;
        s ^= s << 25;
        s ^= s >>> 27;
        return s * 0x2545F4914F6CDD1DL;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) (((next() >>> 32) * bound) >>> 32);
    }
}
