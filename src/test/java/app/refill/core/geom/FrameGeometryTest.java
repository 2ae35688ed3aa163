package app.refill.core.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.FrameDrag.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameGeometryTest {
    private static final Size IMAGE = new Size(1000, 600);

    @ParameterizedTest(name = "{0} px snaps to {1}")
    @CsvSource({"0, 0", "31.9, 0", "32, 64", "63, 64", "64, 64", "95, 64", "96, 128", "100, 128", "2047, 2048",
            "2048, 2048", "2100, 2048", "99999, 2048", "-5, 0", "-40, 0"})
    void sidesSnapToTheNearestStepWithinLimits(double px, int expected) {
        assertEquals(expected, Outsets.snap(px));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = ';', value = {
        "100; true; 128; rounded to 128",
        "128; true; 128; ''",
        "0; true; 0; ''",
        "2048; true; 2048; ''",
        "2500; true; 2048; clamped to 2048",
        "-64; true; 0; clamped to 0",
        "64px; true; 64; ''",
        " 192 ; true; 192; ''",
        "12.5; true; 0; rounded to 0",
        "abc; false; 0; not a number",
        "''; false; 0; not a number",
        "NaN; false; 0; not a number"})
    void typedSides(String text, boolean accepted, int value, String note) {
        FrameInput in = FrameInput.parse(text);
        assertEquals(accepted, in.accepted());
        if (accepted) {
            assertEquals(value, in.value());
        }
        assertTrue(in.note().contains(note), in.note());
        assertEquals(note.isEmpty(), in.note().isEmpty(), in.note());
    }

    @Test
    void canvasAndImagePlacement() {
        Outsets o = new Outsets(64, 128, 0, 192);
        assertEquals(new Size(1320, 664), o.canvasOf(IMAGE));
        assertEquals(new PixelRect(192, 64, 1000, 600), o.imageRectIn(IMAGE));
        assertEquals(new PixelRect(-192, -64, 1320, 664), o.canvasRectOf(IMAGE));
    }

    @ParameterizedTest(name = "{0}:{1} anchored {2} on {3}x{4}")
    @CsvSource({
        // already satisfied: nothing to add
        "5, 3, CENTER, 1000, 600, 0, 0, 0, 0",
        "1, 1, CENTER, 512, 512, 0, 0, 0, 0",
        // taller: top and bottom share the steps, the bottom takes the odd one
        "1, 1, CENTER, 1000, 600, 192, 0, 192, 0",
        "1, 1, TOP, 1000, 600, 0, 0, 384, 0",
        "1, 1, BOTTOM_RIGHT, 1000, 600, 384, 0, 0, 0",
        // wider: one step is closest to 16:9
        "16, 9, CENTER, 1000, 600, 0, 64, 0, 0",
        "16, 9, LEFT, 1000, 600, 0, 64, 0, 0",
        "16, 9, RIGHT, 1000, 600, 0, 0, 0, 64",
        "16, 9, TOP_LEFT, 1000, 600, 0, 64, 0, 0",
        "9, 16, CENTER, 1000, 600, 576, 0, 576, 0",
        "4, 5, CENTER, 1000, 600, 320, 0, 320, 0",
        "3, 2, CENTER, 1000, 600, 0, 0, 64, 0",
        "2, 3, CENTER, 1000, 600, 448, 0, 448, 0",
        // odd sizes
        "1, 1, CENTER, 999, 601, 192, 0, 192, 0",
        "16, 9, CENTER, 1, 1, 0, 0, 0, 0",
        // a ratio a step would overshoot: stay as is
        "1001, 600, CENTER, 1000, 600, 0, 0, 0, 0"})
    void presetsExtendTheAnchoredSidesByTheClosestSteps(double rw, double rh, Anchor anchor, int w, int h,
            int top, int right, int bottom, int left) {
        FramePreset.Result r = FramePreset.apply(new Size(w, h), rw, rh, anchor);
        assertTrue(r.problem().isEmpty(), r.problem().orElse(""));
        assertEquals(new Outsets(top, right, bottom, left), r.outsets());
    }

    @Test
    void presetsNeverCropAndLandClosestAmongStepCounts() {
        Size img = new Size(777, 333);
        for (double[] ratio : new double[][] {{1, 1}, {4, 5}, {3, 2}, {2, 3}, {16, 9}, {9, 16}}) {
            FramePreset.Result r = FramePreset.apply(img, ratio[0], ratio[1], Anchor.CENTER);
            if (r.problem().isPresent()) {
                continue;
            }
            Size c = r.outsets().canvasOf(img);
            assertTrue(c.width() >= img.width() && c.height() >= img.height());
            double target = ratio[0] / ratio[1];
            double err = Math.abs(Math.log((double) c.width() / c.height() / target));
            // one step more or less on the grown axis is never closer
            for (int delta : new int[] {-64, 64}) {
                int w = c.width() + (c.width() > img.width() ? delta : 0);
                int h = c.height() + (c.height() > img.height() ? delta : 0);
                if (w >= img.width() && h >= img.height() && (w != c.width() || h != c.height())) {
                    assertTrue(err <= Math.abs(Math.log((double) w / h / target)) + 1e-12, "ratio " + ratio[0] + ":" + ratio[1]);
                }
            }
        }
    }

    @Test
    void extremeRatiosThatNeedMoreThanOnePassAreRefused() {
        FramePreset.Result r = FramePreset.apply(new Size(3000, 1000), 9, 16, Anchor.CENTER);
        assertTrue(r.problem().isPresent());
        assertTrue(r.problem().get().contains("can't be reached in one pass"), r.problem().get());
        assertTrue(r.problem().get().contains("top and bottom"), r.problem().get());
        assertEquals(Outsets.NONE, r.outsets());
        FramePreset.Result single = FramePreset.apply(new Size(3000, 1000), 9, 16, Anchor.TOP);
        assertTrue(single.problem().get().contains("bottom side"), single.problem().get());
        assertFalse(FramePreset.apply(new Size(10, 10), 0, 16, Anchor.TOP).problem().isEmpty());
    }

    @Test
    void exactlyTheLimitIsReachable() {
        // 1024 x 1024 to 3:1 anchored left: 2048 px on the right, exactly the limit
        FramePreset.Result r = FramePreset.apply(new Size(1024, 1024), 3, 1, Anchor.LEFT);
        assertEquals(new Outsets(0, 2048, 0, 0), r.outsets());
    }

    @ParameterizedTest(name = "{0} moved {1},{2} shift={3} alt={4}")
    @CsvSource({
        "RIGHT, 100, 0, false, false, 0, 128, 0, 0",
        "RIGHT, 31, 0, false, false, 0, 0, 0, 0",
        "RIGHT, 100, 500, false, false, 0, 128, 0, 0",
        "LEFT, -100, 0, false, false, 0, 0, 0, 128",
        "LEFT, 100, 0, false, false, 0, 0, 0, 0",
        "TOP, 0, -200, false, false, 192, 0, 0, 0",
        "BOTTOM, 0, 5000, false, false, 0, 0, 2048, 0",
        "RIGHT, 100, 0, false, true, 0, 128, 0, 128",
        "BOTTOM_RIGHT, 300, 10, false, false, 0, 320, 0, 0",
        "BOTTOM_RIGHT, 300, 10, true, false, 0, 320, 192, 0",
        "TOP_LEFT, -300, -10, true, false, 192, 0, 0, 320",
        "TOP_RIGHT, 130, -70, false, false, 64, 128, 0, 0"})
    void draggingAHandle(Handle handle, double mx, double my, boolean shift, boolean alt,
            int top, int right, int bottom, int left) {
        assertEquals(new Outsets(top, right, bottom, left), FrameDrag.drag(Outsets.NONE, IMAGE, handle, mx, my, shift, alt));
    }

    @Test
    void draggingInwardTakesBorderBackButNeverCrops() {
        Outsets start = new Outsets(0, 256, 0, 0);
        assertEquals(new Outsets(0, 128, 0, 0), FrameDrag.drag(start, IMAGE, Handle.RIGHT, -100, 0, false, false));
        assertEquals(Outsets.NONE, FrameDrag.drag(start, IMAGE, Handle.RIGHT, -1000, 0, false, false));
    }

    @Test
    void shiftOnACornerKeepsTheCanvasRatioWithinAStep() {
        Outsets start = new Outsets(0, 256, 128, 0);
        Size c0 = start.canvasOf(IMAGE);
        Outsets o = FrameDrag.drag(start, IMAGE, Handle.BOTTOM_RIGHT, 400, 0, true, false);
        Size c1 = o.canvasOf(IMAGE);
        assertTrue(c1.width() > c0.width());
        double r0 = (double) c0.width() / c0.height();
        double r1 = (double) c1.width() / c1.height();
        assertEquals(r0, r1, r0 * 64.0 / c1.height());
    }
}
