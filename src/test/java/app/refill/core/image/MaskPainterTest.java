package app.refill.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.PixelRect;
import org.junit.jupiter.api.Test;

class MaskPainterTest {
    private final MaskPainter painter = new MaskPainter();

    @Test
    void hardDabCoversExactlyThePixelCentresInsideTheRadius() {
        Mask m = new Mask(8, 8);
        PixelRect touched = painter.dab(m, 4, 4, 4, 1.0, MaskPainter.Mode.ADD);
        // radius 2 around (4,4): pixel centres (x+0.5, y+0.5) with distance <= 2
        String expected = """
                ........
                ........
                ...##...
                ..####..
                ..####..
                ...##...
                ........
                ........
                """;
        assertEquals(expected, MaskText.of(m));
        assertEquals(new PixelRect(2, 2, 4, 4), touched);
    }

    @Test
    void oneePixelBrushPaintsOnePixel() {
        Mask m = new Mask(4, 4);
        painter.dab(m, 1.5, 2.5, 1, 1.0, MaskPainter.Mode.ADD);
        assertEquals(1, m.coveredCount());
        assertEquals(255, m.get(1, 2));
    }

    @Test
    void softDabFallsOffFromFullCentreToZeroAtTheRim() {
        Mask m = new Mask(41, 41);
        painter.dab(m, 20.5, 20.5, 40, 0.5, MaskPainter.Mode.ADD);
        assertEquals(255, m.get(20, 20));
        assertEquals(255, m.get(29, 20)); // 9 px out, inside hardness radius 10
        int mid = m.get(35, 20);          // 15 px out, half way through the falloff
        assertTrue(mid > 100 && mid < 155, "mid falloff was " + mid);
        assertTrue(m.get(38, 20) < m.get(35, 20));
        assertEquals(0, m.get(40, 20) > 20 ? 1 : 0);
        assertEquals(0, m.get(0, 0));
    }

    @Test
    void paintingTakesTheMaximumSoOverlappingDabsDoNotDarkenOrAccumulate() {
        Mask m = new Mask(21, 21);
        painter.dab(m, 10.5, 10.5, 20, 0.0, MaskPainter.Mode.ADD);
        int once = m.get(15, 10);
        painter.dab(m, 10.5, 10.5, 20, 0.0, MaskPainter.Mode.ADD);
        assertEquals(once, m.get(15, 10));
    }

    @Test
    void eraserLowersCoverageByTheDab() {
        Mask m = new Mask(8, 8);
        m.fill(255);
        painter.dab(m, 4, 4, 4, 1.0, MaskPainter.Mode.ERASE);
        assertEquals(0, m.get(3, 3));
        assertEquals(255, m.get(0, 0));
        assertEquals(64 - 12, m.coveredCount());
    }

    @Test
    void dabsAreClippedAtTheBorder() {
        Mask m = new Mask(4, 4);
        PixelRect touched = painter.dab(m, 0, 0, 6, 1.0, MaskPainter.Mode.ADD);
        assertEquals(new PixelRect(0, 0, 3, 3), touched);
        assertEquals(255, m.get(0, 0));
        assertEquals(PixelRect.EMPTY, painter.dab(m, -50, -50, 6, 1.0, MaskPainter.Mode.ADD));
    }
}
