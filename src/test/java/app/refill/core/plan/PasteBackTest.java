package app.refill.core.plan;

import static app.refill.core.plan.PlanFixtures.noise;
import static app.refill.core.plan.PlanFixtures.rect;
import static app.refill.core.plan.PlanFixtures.reencoded;
import static app.refill.core.plan.PlanFixtures.snapshot;
import static app.refill.core.plan.PlanFixtures.solid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.Outsets;
import app.refill.core.image.Mask;
import app.refill.core.image.MaskFeather;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PasteBackTest {
    private static final SizeRules RULES = new SizeRules(4_000_000, 64, 1, false);

    /** Every pixel whose feathered coverage is 0 must equal the original exactly. */
    private static int assertUntouchedOutsideBand(BufferedImage original, BufferedImage out, Mask blend, int ox, int oy) {
        Mask band = MaskFeather.feather(blend, PasteBack.FEATHER);
        int checked = 0;
        for (int y = 0; y < original.getHeight(); y++) {
            for (int x = 0; x < original.getWidth(); x++) {
                if (band.get(x + ox, y + oy) == 0) {
                    assertEquals(original.getRGB(x, y), out.getRGB(x + ox, y + oy), "pixel " + x + "," + y);
                    checked++;
                }
            }
        }
        return checked;
    }

    @Test
    void fillIsBitIdenticalOutsideTheFeatherBandAndTheAnswerInside() throws Exception {
        BufferedImage img = noise(300, 200, 11);
        Mask m = rect(300, 200, 120, 80, 180, 130);
        DocumentSnapshot doc = snapshot(img, m, Outsets.NONE);
        Plan p = RequestPlanner.plan(doc, RULES);
        BufferedImage answer = solid(p.image().getWidth(), p.image().getHeight(), 0x3366cc);
        BufferedImage out = PasteBack.apply(p, doc, answer);
        int checked = assertUntouchedOutsideBand(img, out, m, 0, 0);
        assertTrue(checked > 50_000, "checked " + checked);
        assertEquals(0xff3366cc, out.getRGB(150, 105));
        int edge = out.getRGB(120, 105);
        assertTrue(edge != img.getRGB(120, 105) && edge != 0xff3366cc, "the edge pixel is blended");
    }

    @Test
    void aReencodedShiftedAndScaledAnswerStillLeavesTheRestUntouched() throws Exception {
        BufferedImage img = noise(640, 480, 12);
        Mask m = rect(640, 480, 100, 100, 500, 400);
        DocumentSnapshot doc = snapshot(img, m, Outsets.NONE);
        Plan p = RequestPlanner.plan(doc, new SizeRules(50_000, 64, 1, false));
        assertTrue(p.scale() < 1);
        // the provider answers at another size, re-encoded and shifted by a pixel
        BufferedImage answer = reencoded(p.image(), p.image().getWidth() + 16, p.image().getHeight() + 16);
        BufferedImage out = PasteBack.apply(p, doc, answer);
        assertTrue(assertUntouchedOutsideBand(img, out, m, 0, 0) > 100_000);
        assertEquals(640, out.getWidth());
    }

    @Test
    void nativeExpandFillsTheBorderAndKeepsTheWholeImage() throws Exception {
        BufferedImage img = noise(200, 100, 13);
        Outsets o = new Outsets(64, 0, 0, 128);
        DocumentSnapshot doc = snapshot(img, rect(200, 100, 50, 50, 60, 60), o);
        Plan p = RequestPlanner.plan(doc, new SizeRules(4_000_000, 64, 64, false));
        BufferedImage answer = solid(p.expectedResult().width(), p.expectedResult().height(), 0x20a040);
        BufferedImage out = PasteBack.apply(p, doc, answer);
        assertEquals(328, out.getWidth());
        assertEquals(164, out.getHeight());
        assertEquals(0xff20a040, out.getRGB(0, 0));
        assertEquals(0xff20a040, out.getRGB(327, 10));
        // the painted mask is not used by a native expand: the image is kept whole outside the seam band
        assertTrue(assertUntouchedOutsideBand(img, out, doc.borderMask(), 128, 64) > 15_000);
        assertEquals(img.getRGB(55, 55), out.getRGB(128 + 55, 64 + 55));
    }

    @Test
    void anExpandOfAnOpaquePhotoIsOpaqueEverywhere() throws Exception {
        // the seam's feather reaches into the border too, where no original lies under the answer: there it
        // left the four columns next to the photo's old edge partly transparent in the kept and saved image
        for (SizeRules rules : new SizeRules[] {new SizeRules(4_000_000, 64, 64, false),
                new SizeRules(4_000_000, 64, 1, true)}) {
            BufferedImage img = noise(200, 100, 15);
            DocumentSnapshot doc = snapshot(img, new Mask(200, 100), new Outsets(64, 64, 64, 128));
            Plan p = RequestPlanner.plan(doc, rules);
            BufferedImage out = PasteBack.apply(p, doc, solid(p.expectedResult().width(),
                    p.expectedResult().height(), 0x20a040));
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    assertEquals(255, out.getRGB(x, y) >>> 24, "alpha at " + x + "," + y + " (photo from 128,64)");
                }
            }
        }
    }

    @Test
    void expandByFillAlsoRegeneratesThePaintedMask() throws Exception {
        BufferedImage img = noise(200, 100, 14);
        Outsets o = new Outsets(0, 64, 0, 0);
        DocumentSnapshot doc = snapshot(img, rect(200, 100, 50, 30, 90, 70), o);
        Plan p = RequestPlanner.plan(doc, new SizeRules(4_000_000, 64, 1, true));
        BufferedImage out = PasteBack.apply(p, doc, solid(264, 100, 0x102030));
        assertEquals(0xff102030, out.getRGB(70, 50));
        assertEquals(0xff102030, out.getRGB(263, 50));
        assertTrue(assertUntouchedOutsideBand(img, out, doc.canvasMask(), 0, 0) > 10_000);
    }

    @Test
    void mixIsAPremultipliedLerp() {
        assertEquals(0xff000000 | 0x808080, PasteBack.mix(0xffffffff, 0xff000000, 128) | 0xff000000);
        assertEquals(0xff123456, PasteBack.mix(0xff123456, 0xff000000, 255));
        assertEquals(0xff000000, PasteBack.mix(0xff123456, 0xff000000, 0));
    }

    @Test
    void aSmallFillChangesOnlyTheMasksFeatheredRectangleAndComposesToTheSameCanvas() throws Exception {
        BufferedImage img = noise(400, 300, 15);
        Mask m = rect(400, 300, 200, 100, 240, 150);
        DocumentSnapshot doc = snapshot(img, m, Outsets.NONE);
        Plan p = RequestPlanner.plan(doc, RULES);
        BufferedImage answer = solid(p.image().getWidth(), p.image().getHeight(), 0x445566);
        PastedResult r = PasteBack.paste(p, doc, answer);
        assertTrue(r.area().contains(200, 100) && r.area().contains(239, 149));
        assertTrue(r.area().width() <= 40 + 4 * PasteBack.FEATHER && r.area().height() <= 50 + 4 * PasteBack.FEATHER,
                "area " + r.area());
        BufferedImage whole = r.compose(doc);
        for (int y = 0; y < 300; y += 3) {
            for (int x = 0; x < 400; x += 3) {
                assertEquals(whole.getRGB(x, y), r.pixel(x, y, doc), x + "," + y);
            }
        }
        assertEquals(0xff445566, r.pixel(220, 125, doc));
        assertEquals(img.getRGB(10, 10), r.pixel(10, 10, doc));
    }
}
