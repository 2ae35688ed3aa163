package app.refill.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.refill.core.geom.ImagePoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolygonRasterizerTest {
    private static ImagePoint p(double x, double y) {
        return new ImagePoint(x, y);
    }

    @Test
    void squareFillsThePixelsWhoseCentresAreInside() {
        Mask m = new Mask(6, 6);
        PolygonRasterizer.fill(m, List.of(p(1, 1), p(5, 1), p(5, 4), p(1, 4)), 255);
        assertEquals("""
                ......
                .####.
                .####.
                .####.
                ......
                ......
                """, MaskText.of(m));
    }

    @Test
    void triangle() {
        Mask m = new Mask(6, 5);
        PolygonRasterizer.fill(m, List.of(p(0, 0), p(6, 0), p(0, 5)), 255);
        assertEquals("""
                #####.
                ####..
                ###...
                ##....
                #.....
                """, MaskText.of(m));
    }

    @Test
    void selfIntersectingLassoFillsBothLoopsUnderNonZeroWinding() {
        Mask m = new Mask(8, 8);
        // a loop drawn twice around the same square: even-odd would leave it empty
        List<ImagePoint> twice = List.of(p(2, 2), p(6, 2), p(6, 6), p(2, 6), p(2, 2), p(6, 2), p(6, 6), p(2, 6));
        PolygonRasterizer.fill(m, twice, 255);
        assertEquals(16, m.coveredCount());
    }

    @Test
    void subtractWritesZeroAndOutsideIsClipped() {
        Mask m = new Mask(4, 4);
        m.fill(255);
        PolygonRasterizer.fill(m, List.of(p(-10, -10), p(2, -10), p(2, 10), p(-10, 10)), 0);
        assertEquals("""
                ..##
                ..##
                ..##
                ..##
                """, MaskText.of(m));
    }

    @Test
    void degenerateShapesChangeNothing() {
        Mask m = new Mask(4, 4);
        PolygonRasterizer.fill(m, List.of(p(0, 0), p(3, 3)), 255);
        PolygonRasterizer.fill(m, List.of(p(0, 0), p(3, 0), p(3, 0)), 255);
        assertEquals(0, m.coveredCount());
    }
}
