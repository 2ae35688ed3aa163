package app.refill.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ChangeHighlightTest {
    private static final int GREY = 0xff_80_80_80;

    private static DocumentSnapshot grey(Outsets o) {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB_PRE);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                img.setRGB(x, y, GREY);
            }
        }
        return new DocumentSnapshot(img, new Mask(8, 8), o);
    }

    @Test
    void unchangedPixelsStayClearAndBiggerChangesShowStronger() {
        int[] px = {GREY, 0xff_82_80_80, 0xff_80_80_f0, GREY};
        PastedResult r = new PastedResult(new Size(8, 8), new PixelRect(2, 2, 2, 2), px);
        int[] h = ChangeHighlight.of(r, grey(Outsets.NONE));
        assertEquals(0, h[0], "the same pixel is not highlighted");
        assertEquals(0, h[3]);
        int faint = h[1] >>> 24;
        int strong = h[2] >>> 24;
        assertTrue(faint > 0 && faint < strong, faint + " < " + strong);
        assertEquals(255, strong);
        assertEquals(0xff_ff_00_c8, h[2], "full-strength magenta");
    }

    @Test
    void onTheFramesBorderEverythingTheResultPaintedIsAChange() {
        PastedResult r = new PastedResult(new Size(72, 8), new PixelRect(0, 0, 2, 1), new int[] {GREY, GREY});
        int[] h = ChangeHighlight.of(r, grey(new Outsets(0, 0, 0, 64)));
        assertEquals(255, h[0] >>> 24, "nothing was there before");
    }
}
