package app.refill.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.refill.core.geom.PixelRect;
import org.junit.jupiter.api.Test;

class MaskTintTest {
    @Test
    void coverageBecomesPremultipliedAlphaOfTheTint() {
        Mask m = new Mask(3, 1);
        m.set(0, 0, 0);
        m.set(1, 0, 255);
        m.set(2, 0, 128);
        int[] out = new int[3];
        new MaskTint(0xff2040).render(m, m.bounds(), out);
        assertEquals(0, out[0]);
        assertEquals(0xffff2040, out[1]);
        assertEquals(128 << 24 | 128 << 16 | 16 << 8 | 32, out[2]);
    }

    @Test
    void onlyTheRectangleIsWritten() {
        Mask m = new Mask(4, 4);
        m.fill(255);
        int[] out = new int[16];
        new MaskTint(0x00ff00).render(m, new PixelRect(1, 1, 2, 1), out);
        assertEquals(0, out[0]);
        assertEquals(0xff00ff00, out[5]);
        assertEquals(0xff00ff00, out[6]);
        assertEquals(0, out[7]);
        int[] fromBlock = new int[16];
        new MaskTint(0x00ff00).render(m.read(new PixelRect(1, 1, 2, 1)), new PixelRect(1, 1, 2, 1), fromBlock, 4);
        assertEquals(java.util.Arrays.toString(out), java.util.Arrays.toString(fromBlock));
    }
}
