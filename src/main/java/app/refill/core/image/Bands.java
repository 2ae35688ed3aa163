package app.refill.core.image;

import java.util.stream.IntStream;

/**
 * Splits [0, n) into contiguous bands run across cores: the one way whole-image loops (conversion, resampling,
 * feathering, paste-back) use both cores. Small ranges stay on the calling thread, where forking costs more
 * than it saves.
 */
public final class Bands {
    private static final int MAX_BANDS = 16;
    private static final int MIN_PER_BAND = 32;

    private Bands() {
    }

    /** Receives one band, [from, to). */
    public interface Band {
        void run(int from, int to);
    }

    public static void forEach(int n, Band band) {
        int bands = Math.min(MAX_BANDS, n / MIN_PER_BAND);
        if (bands <= 1) {
            band.run(0, n);
            return;
        }
        IntStream.range(0, bands).parallel().forEach(b -> band.run(n * b / bands, n * (b + 1) / bands));
    }
}
