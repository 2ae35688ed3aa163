package app.refill.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedBytesTest {
    @Test
    void roundTripsRunsLiteralsAndMixtures() {
        Random rnd = new Random(7);
        for (int n : new int[] {0, 1, 2, 3, 127, 128, 129, 300, 5000}) {
            byte[] raw = new byte[n];
            for (int i = 0; i < n; i++) {
                raw[i] = (byte) (i % 300 < 150 ? 255 : rnd.nextInt(256));
            }
            assertArrayEquals(raw, PackedBytes.pack(raw).unpack(), "length " + n);
        }
    }

    @Test
    void maskLikeDataPacksSmall() {
        byte[] raw = new byte[256 * 256];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) ((i % 256) > 100 ? 255 : 0);
        }
        PackedBytes p = PackedBytes.pack(raw);
        assertTrue(p.byteSize() < raw.length / 20, "packed to " + p.byteSize());
        assertArrayEquals(raw, p.unpack());
    }
}
