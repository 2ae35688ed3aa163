package app.refill.core.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PixelRectTest {
    @Test
    void unionIntersectAndGrow() {
        PixelRect a = new PixelRect(0, 0, 10, 10);
        PixelRect b = new PixelRect(5, 5, 10, 10);
        assertEquals(new PixelRect(5, 5, 5, 5), a.intersect(b));
        assertEquals(new PixelRect(0, 0, 15, 15), a.union(b));
        assertEquals(b, PixelRect.EMPTY.union(b));
        assertTrue(a.intersect(new PixelRect(20, 20, 1, 1)).isEmpty());
        assertEquals(new PixelRect(-2, -2, 14, 14), a.grow(2));
        assertEquals(100, a.area());
    }
}
