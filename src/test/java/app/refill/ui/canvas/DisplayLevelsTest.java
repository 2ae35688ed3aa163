package app.refill.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.refill.core.geom.PixelRect;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Half-size display copies: averaged right, kept up to date by rectangle, and chosen by zoom. */
class DisplayLevelsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static int[] noise(int n, long seed) {
        Random r = new Random(seed);
        int[] px = new int[n];
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(256);
            // premultiplied: no channel above alpha
            px[i] = a << 24 | r.nextInt(a + 1) << 16 | r.nextInt(a + 1) << 8 | r.nextInt(a + 1);
        }
        return px;
    }

    @Test
    void eachCopyPixelIsTheRoundedMeanOfItsChildrenAndOddEdgesHaveFewer() {
        int w = 1031;
        int h = 517;
        int[] base = noise(w * h, 1);
        DisplayLevels.Computed c = DisplayLevels.compute(base, w, h);
        assertEquals(2, c.pixels().length, "1031x517 -> 516x259 -> 258x130, then under 256 px");
        assertEquals(516, c.widths()[0]);
        assertEquals(259, c.heights()[0]);
        assertEquals(258, c.widths()[1]);
        int[] l1 = c.pixels()[0];
        assertEquals(mean(base[0], base[1], base[w], base[w + 1]), l1[0]);
        int x = 200;
        int y = 100;
        assertEquals(mean(base[2 * y * w + 2 * x], base[2 * y * w + 2 * x + 1], base[(2 * y + 1) * w + 2 * x],
                base[(2 * y + 1) * w + 2 * x + 1]), l1[y * 516 + x]);
        // the last column of an odd width has one column of children; the last row of an odd height one row
        assertEquals(mean(base[2 * y * w + 1030], base[(2 * y + 1) * w + 1030]), l1[y * 516 + 515]);
        assertEquals(mean(base[516 * w + 2 * x], base[516 * w + 2 * x + 1]), l1[258 * 516 + x]);
        assertEquals(base[516 * w + 1030], l1[258 * 516 + 515]);
        int[] l2 = c.pixels()[1];
        assertEquals(mean(l1[0], l1[1], l1[516], l1[517]), l2[0]);
    }

    private static int mean(int... px) {
        int n = px.length;
        int[] sum = new int[4];
        for (int p : px) {
            for (int ch = 0; ch < 4; ch++) {
                sum[ch] += (p >>> (24 - 8 * ch)) & 0xff;
            }
        }
        int out = 0;
        for (int ch = 0; ch < 4; ch++) {
            out = out << 8 | (sum[ch] + n / 2) / n;
        }
        return out;
    }

    @Test
    void recomputingAChangedRectangleGivesWhatAFreshComputeGives() {
        int w = 1100;
        int h = 701;
        int[] base = new int[w * h];
        DisplayLevels d = new DisplayLevels(base, w, h);
        d.install(DisplayLevels.allocate(w, h));
        int[] stroke = noise(w * h, 2);
        // two overlapping strokes at odd positions, the second reaching the odd bottom and right edges
        PixelRect[] changes = {new PixelRect(101, 57, 333, 211), new PixelRect(901, 499, 199, 202)};
        for (PixelRect r : changes) {
            for (int y = r.y(); y < r.bottom(); y++) {
                System.arraycopy(stroke, y * w + r.x(), base, y * w + r.x(), r.width());
            }
            d.recompute(r);
        }
        DisplayLevels.Computed fresh = DisplayLevels.compute(base, w, h);
        DisplayLevels.Computed kept = d.copies();
        for (int i = 0; i < fresh.pixels().length; i++) {
            assertArrayEquals(fresh.pixels()[i], kept.pixels()[i], "level " + (i + 1));
        }
    }

    @Test
    void theSmallestCopyWithAPixelForEveryScreenPixelIsDrawn() {
        int w = 3000;
        int h = 2000;
        DisplayLevels d = new DisplayLevels(new int[w * h], w, h);
        assertSame(d.full(), d.at(0.1).image(), "before its copies arrive the full image is drawn");
        d.install(DisplayLevels.compute(new int[w * h], w, h));
        assertEquals(0, d.at(2).shift());
        assertEquals(0, d.at(1).shift());
        assertEquals(0, d.at(0.6).shift());
        assertEquals(1, d.at(0.5).shift());
        assertEquals(1, d.at(0.3).shift());
        assertEquals(2, d.at(0.25).shift());
        assertEquals(3, d.at(0.1).shift(), "3000 -> 1500 -> 750 -> 375: three copies");
        assertEquals(375, (int) d.at(0.01).image().getWidth());
    }

    @Test
    void aResultLayerIsNotDrawnZoomedOutUntilItsCopiesArriveButIsZoomedIn() {
        DisplayLevels layer = new DisplayLevels(new int[2000 * 1500], 2000, 1500, false);
        assertEquals(null, layer.at(0.25), "a full 2000x1500 draw would hold the UI; the copies are moments away");
        assertSame(layer.full(), layer.at(0.6).image(), "no copy is wanted at this zoom");
        DisplayLevels small = new DisplayLevels(new int[300 * 200], 300, 200, false);
        assertSame(small.full(), small.at(0.1).image(), "too small to have copies: drawn whole");
        layer.install(DisplayLevels.compute(new int[2000 * 1500], 2000, 1500));
        assertEquals(2, layer.at(0.25).shift());
    }

    @Test
    void onlyAnImageWhoseEveryPixelIsOpaqueIsKnownOpaque() {
        int[] opaque = new int[600 * 400];
        java.util.Arrays.fill(opaque, 0xff336699);
        DisplayLevels d = new DisplayLevels(opaque, 600, 400);
        assertEquals(false, d.isOpaque(), "not known before its copies are computed");
        d.install(DisplayLevels.compute(opaque, 600, 400));
        assertEquals(true, d.isOpaque());
        int[] holed = opaque.clone();
        holed[599 * 400 + 1] = 0x80112233;
        DisplayLevels h = new DisplayLevels(holed, 600, 400);
        h.install(DisplayLevels.compute(holed, 600, 400));
        assertEquals(false, h.isOpaque(), "one translucent pixel");
        DisplayLevels tint = new DisplayLevels(opaque, 600, 400);
        tint.install(DisplayLevels.allocate(600, 400));
        assertEquals(false, tint.isOpaque(), "the tint's copies are not computed from it: it changes");
    }

    @Test
    void anExactCopyIsMadeOncePerZoomFromTheNextLargerCopy() throws Exception {
        int w = 2000;
        int h = 1200;
        int[] base = noise(w * h, 3);
        DisplayLevels d = new DisplayLevels(base, w, h);
        java.util.List<java.util.concurrent.Callable<int[]>> asked = new java.util.ArrayList<>();
        java.util.List<java.util.function.Consumer<int[]>> answers = new java.util.ArrayList<>();
        d.makeExactCopiesWith((work, done) -> {
            asked.add(work);
            answers.add(done);
        });
        assertEquals(null, d.exactAt(0.3));
        assertEquals(0, asked.size(), "not before the halved copies exist");
        d.install(DisplayLevels.compute(base, w, h));
        assertEquals(null, d.exactAt(0.3));
        assertEquals(null, d.exactAt(0.3));
        assertEquals(1, asked.size(), "asked once for this zoom");
        assertEquals(null, d.exactAt(1.0), "at 100 % and above the image itself is drawn");
        assertEquals(null, d.exactAt(2.5));
        assertEquals(1, asked.size());
        int[] px = asked.get(0).call();
        answers.get(0).accept(px);
        DisplayLevels.Exact e = d.exactAt(0.3);
        assertEquals(600, e.width());
        assertEquals(360, e.height());
        // 0.3 is drawn from the half-size copy (1000x600), resampled to 600x360
        int[] half = d.copies().pixels()[0];
        app.refill.core.geom.PixelRect all = new app.refill.core.geom.PixelRect(0, 0, 600, 360);
        assertArrayEquals(app.refill.core.image.Bilinear.resample(half, 1000, 600, all, all), px);
        // a copy that arrives after the zoom moved on is dropped
        assertEquals(null, d.exactAt(0.2));
        assertEquals(null, d.exactAt(0.4));
        answers.get(2).accept(asked.get(2).call());
        answers.get(1).accept(asked.get(1).call());
        assertEquals(480, d.exactAt(0.4).height(), "the late 0.2 copy did not replace the 0.4 one");
        assertEquals(3, asked.size());
    }
}
