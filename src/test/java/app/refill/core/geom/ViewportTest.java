package app.refill.core.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void fitNeverEnlargesAndCentres() {
        Viewport small = Viewport.fit(100, 50, 1000, 800, 10);
        assertEquals(1, small.scale());
        assertEquals(450, small.offsetX());
        assertEquals(375, small.offsetY());
        Viewport big = Viewport.fit(4000, 2000, 1020, 820, 10);
        assertEquals(0.25, big.scale());
        assertEquals(10, big.offsetX());
        assertEquals(160, big.offsetY());
    }

    @Test
    void fittingARectangleThatReachesIntoNegativeSpaceCentresIt() {
        Viewport v = Viewport.fit(new PixelRect(-100, -50, 1200, 700), 620, 370, 10);
        assertEquals(0.5, v.scale());
        assertEquals(10, v.toScreenX(-100));
        assertEquals(610, v.toScreenX(1100));
        assertEquals(10, v.toScreenY(-50));
    }

    @Test
    void zoomKeepsTheImagePointUnderTheCursor() {
        Viewport v = new Viewport(1, 100, 50);
        Viewport z = v.zoomAt(2, 300, 250);
        assertEquals(200, v.toImageX(300));
        assertEquals(200, z.toImageX(300), 0.5);
        assertEquals(200, z.toImageY(250), 0.5);
        assertEquals(2, z.scale());
    }

    @Test
    void offsetsStayWholeSoHundredPercentIsPixelExact() {
        Viewport v = new Viewport(1, 0, 0).zoomAt(1, 333.3, 10.7).panBy(0.4, 0.6);
        assertEquals(Math.rint(v.offsetX()), v.offsetX());
        assertEquals(Math.rint(v.offsetY()), v.offsetY());
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1.5", "1, -1, 0.6666666666666666", "0.41, 1, 0.5", "0.41, -1, 0.3333333333333333",
            "32, 1, 32", "0.03125, -1, 0.03125", "2, 1, 3"})
    void zoomSteps(double from, int direction, double expected) {
        assertEquals(expected, Viewport.stepScale(from, direction), 1e-9);
    }

    @Test
    void screenAndImageSpacesRoundTrip() {
        Viewport v = new Viewport(2, 10, -20);
        assertEquals(5, v.toImageX(v.toScreenX(5)), 1e-9);
        assertEquals(7, v.toImageY(v.toScreenY(7)), 1e-9);
        assertEquals(30, v.toScreenX(10));
    }
}
