package app.refill.core.plan;

import static app.refill.core.plan.PlanFixtures.noise;
import static app.refill.core.plan.PlanFixtures.rect;
import static app.refill.core.plan.PlanFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestPlannerTest {
    private static final SizeRules BFL = new SizeRules(4_000_000, 256, 1, false);
    private static final SizeRules RUNWARE = new SizeRules(4_000_000, 256, 64, false);
    private static final SizeRules FAL = new SizeRules(4_000_000, 256, 1, true);

    @Test
    void fillSendsAContextCropAroundTheMaskAtFullResolutionWhenItFits() throws Exception {
        Mask m = rect(2000, 1500, 900, 700, 1100, 800); // 200 x 100 box
        Plan p = RequestPlanner.plan(snapshot(noise(2000, 1500, 1), m, Outsets.NONE), BFL);
        assertEquals(JobKind.FILL, p.kind());
        // margin: half the longer side (100) -> 400 x 300, then grown to the 256 minimum: unchanged
        assertEquals(new PixelRect(800, 600, 400, 300), p.target());
        assertEquals(1.0, p.scale());
        assertEquals(400, p.image().getWidth());
        assertEquals(255, p.mask().get(150, 150));
        assertEquals(0, p.mask().get(50, 50));
        assertEquals(new Size(2000, 1500), p.canvas());
        assertEquals(Outsets.NONE, p.sides());
    }

    /** The line shown before submit must describe exactly what the plan sends, for every kind of plan. */
    @ParameterizedTest
    @CsvSource({
        "0, BFL", "0, FAL",                 // fill
        "300, BFL", "300, RUNWARE",         // native expand, Runware's sides in 64-px steps
        "300, FAL",                         // expand by filling the padded canvas
        "1000, RUNWARE"                     // scaled under the cap
    })
    void theSummaryMatchesThePlan(int side, String provider) throws Exception {
        SizeRules rules = switch (provider) {
            case "BFL" -> BFL;
            case "RUNWARE" -> RUNWARE;
            default -> FAL;
        };
        Mask m = rect(1800, 1200, 700, 500, 1000, 650);
        Outsets o = new Outsets(side / 2, side, 0, side);
        Plan plan = RequestPlanner.plan(snapshot(noise(1800, 1200, 4), m, o), rules);
        PlanSummary summary = RequestPlanner.summary(new Size(1800, 1200), m.coveredBounds(), o, rules);
        assertEquals(plan.kind(), summary.kind());
        assertEquals(plan.expectedResult(), summary.sent());
        assertEquals(plan.scale(), summary.scale(), 1e-12);
    }

    @Test
    void smallMasksGetAtLeastTheMinimumMarginAndSideAndStayInsideTheImage() throws Exception {
        Mask m = rect(1000, 800, 2, 3, 12, 13);
        Plan p = RequestPlanner.plan(snapshot(noise(1000, 800, 2), m, Outsets.NONE), BFL);
        assertEquals(new PixelRect(0, 0, 256, 256), p.target());
        Plan tiny = RequestPlanner.plan(snapshot(noise(100, 60, 2), rect(100, 60, 40, 20, 50, 30), Outsets.NONE), BFL);
        assertEquals(new PixelRect(0, 0, 100, 60), tiny.target(), "never larger than the image");
    }

    @Test
    void largeCropsAreScaledUnderThePixelCap() throws Exception {
        Mask m = rect(6000, 4000, 1000, 1000, 5000, 3000);
        Plan p = RequestPlanner.plan(snapshot(noise(6000, 4000, 3), m, Outsets.NONE), BFL);
        assertEquals(new PixelRect(0, 0, 6000, 4000), p.target());
        long sent = (long) p.image().getWidth() * p.image().getHeight();
        assertTrue(sent <= 4_000_000 && sent > 3_900_000, "sent " + sent);
        assertEquals(6000.0 / 4000, (double) p.image().getWidth() / p.image().getHeight(), 0.01);
        assertEquals(p.image().getWidth(), p.mask().width());
        assertEquals(255, p.mask().get(p.mask().width() / 2, p.mask().height() / 2));
    }

    @Test
    void aScaledCropIsThePhotoUnderIt() throws Exception {
        // red follows x and green follows y, so a sent pixel's colour says where in the photo it came from
        int w = 6000;
        int h = 4000;
        BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                photo.setRGB(x, y, 0xff000000 | x * 255 / (w - 1) << 16 | y * 255 / (h - 1) << 8);
            }
        }
        Plan p = RequestPlanner.plan(snapshot(photo, rect(w, h, 3000, 1500, 5000, 2500), Outsets.NONE),
                new SizeRules(1_000_000, 256, 1, false));
        PixelRect crop = p.target();
        assertTrue(p.scale() < 1 && crop.x() > 0 && crop.y() > 0, "a scaled crop away from the corner: " + crop);
        BufferedImage sent = p.image();
        for (int j = 0; j < sent.getHeight(); j += 97) {
            for (int i = 0; i < sent.getWidth(); i += 89) {
                double x = crop.x() + (i + 0.5) * crop.width() / sent.getWidth();
                double y = crop.y() + (j + 0.5) * crop.height() / sent.getHeight();
                int rgb = sent.getRGB(i, j);
                assertEquals(x * 255 / (w - 1), rgb >> 16 & 0xff, 1.5, "red at " + i + "," + j);
                assertEquals(y * 255 / (h - 1), rgb >> 8 & 0xff, 1.5, "green at " + i + "," + j);
            }
        }
    }

    @Test
    void downscaledMasksKeepThinStrokes() throws Exception {
        Mask m = new Mask(6000, 4000);
        for (int x = 500; x < 5500; x++) {
            m.set(x, 2000, 255); // a one-pixel line
        }
        Plan p = RequestPlanner.plan(snapshot(noise(6000, 4000, 4), m, Outsets.NONE), BFL);
        assertTrue(p.scale() < 1);
        assertTrue(p.mask().coveredCount() >= p.mask().width() * 0.8, "line survived as " + p.mask().coveredCount());
    }

    @Test
    void anEmptyMaskIsRefusedWithWhatToDo() {
        PlanException e = assertThrows(PlanException.class,
                () -> RequestPlanner.plan(snapshot(noise(50, 50, 5), new Mask(50, 50), Outsets.NONE), BFL));
        assertTrue(e.getMessage().contains("mask is empty"));
    }

    @Test
    void nativeExpandSendsTheWholeImageAndTheSidesAtFullResolutionWhenItFits() throws Exception {
        Outsets o = new Outsets(64, 128, 0, 192);
        Plan p = RequestPlanner.plan(snapshot(noise(1000, 600, 6), rect(1000, 600, 0, 0, 10, 10), o), RUNWARE);
        assertEquals(JobKind.EXPAND, p.kind());
        assertNull(p.mask(), "expand endpoints take no mask");
        assertEquals(o, p.sides());
        assertEquals(new Size(1320, 664), p.expectedResult());
        assertEquals(new PixelRect(0, 0, 1320, 664), p.target());
        assertEquals(0, p.blend().get(192 + 5, 64 + 5), "the painted mask is not regenerated by a native expand");
        assertEquals(255, p.blend().get(0, 0));
    }

    @ParameterizedTest(name = "{0}: side {1} at scale -> {2}")
    @CsvSource({"runware, 64, 64", "runware, 640, 384", "runware, 2048, 1216", "runware, 0, 0", "bfl, 640, 384",
            "bfl, 100, 60", "bfl, 2048, 1229"})
    void expandSidesScaleWithTheImageInTheProvidersSteps(String provider, int side, int expected) throws Exception {
        // 4000 x 2500 with 2048 right and 640 or so left: scaled to fit 4 MP
        Outsets o = new Outsets(0, 2048, 0, side);
        SizeRules rules = provider.equals("runware") ? RUNWARE : BFL;
        Plan p = RequestPlanner.plan(snapshot(noise(4000, 2500, 7), new Mask(4000, 2500), o), rules);
        double scale = Math.sqrt(4_000_000.0 / ((4000 + 2048 + side) * 2500.0));
        assertEquals(scale, p.scale(), 1e-9);
        int left = p.sides().left();
        if (side == 0) {
            assertEquals(0, left);
        } else if (rules == RUNWARE) {
            assertEquals(0, left % 64);
            assertEquals(Math.max(64, Math.round(side * scale / 64) * 64), left);
        } else {
            assertEquals(Math.round(side * scale), left);
        }
        assertTrue(p.expectedResult().pixels() <= 4_100_000, "about 4 MP sent: " + p.expectedResult());
    }

    @Test
    void expandByFillSendsThePaddedCanvasWithABorderAndPaintedMask() throws Exception {
        Outsets o = new Outsets(0, 64, 0, 0);
        Plan p = RequestPlanner.plan(snapshot(noise(300, 200, 8), rect(300, 200, 10, 10, 20, 20), o), FAL);
        assertEquals(JobKind.FILL, p.kind());
        assertEquals(364, p.image().getWidth());
        assertEquals(255, p.mask().get(363, 100));
        assertEquals(255, p.mask().get(15, 15));
        assertEquals(0, p.mask().get(150, 100));
        assertEquals(0xff808080, p.image().getRGB(340, 5), "the border is neutral grey");
        assertEquals(new PixelRect(0, 0, 364, 200), p.target());
    }

    @Test
    void oddSizesStayConsistent() throws Exception {
        Plan p = RequestPlanner.plan(snapshot(noise(333, 777, 9), rect(333, 777, 1, 1, 332, 776), Outsets.NONE),
                new SizeRules(10_000, 64, 1, false));
        assertTrue((long) p.image().getWidth() * p.image().getHeight() <= 10_000);
        assertEquals(p.image().getWidth(), p.mask().width());
        assertEquals(p.image().getHeight(), p.mask().height());
    }
}
