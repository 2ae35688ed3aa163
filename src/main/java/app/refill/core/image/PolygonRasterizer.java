package app.refill.core.image;

import app.refill.core.geom.ImagePoint;
import app.refill.core.geom.PixelRect;
import java.util.Arrays;
import java.util.List;

/**
 * Fills a closed polygon (in image space) into a mask: every pixel whose centre lies inside under the
 * non-zero winding rule gets {@code value}. Self-intersecting lassos therefore fill their loops instead of
 * leaving holes, as a designer expects from a freehand selection.
 */
public final class PolygonRasterizer {
    private PolygonRasterizer() {
    }

    /** Pixels the polygon can touch, clipped to the mask. */
    public static PixelRect bounds(List<ImagePoint> polygon, Mask mask) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (ImagePoint p : polygon) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return PixelRect.ofCorners((int) Math.floor(minX), (int) Math.floor(minY),
                (int) Math.ceil(maxX), (int) Math.ceil(maxY)).intersect(mask.bounds());
    }

    /** Fills the polygon and returns the rectangle that may have changed. */
    public static PixelRect fill(Mask mask, List<ImagePoint> polygon, int value) {
        PixelRect area = bounds(polygon, mask);
        if (polygon.size() < 3 || area.isEmpty()) {
            return PixelRect.EMPTY;
        }
        int n = polygon.size();
        double[] xs = new double[n];
        int[] dirs = new int[n];
        byte v = (byte) value;
        byte[] data = mask.writableRaw();
        for (int row = area.y(); row < area.bottom(); row++) {
            double yc = row + 0.5;
            int count = 0;
            for (int i = 0; i < n; i++) {
                ImagePoint a = polygon.get(i);
                ImagePoint b = polygon.get((i + 1) % n);
                boolean down = a.y() <= yc && b.y() > yc;
                boolean up = b.y() <= yc && a.y() > yc;
                if (down || up) {
                    xs[count] = a.x() + (yc - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
                    dirs[count] = down ? 1 : -1;
                    count++;
                }
            }
            sortCrossings(xs, dirs, count);
            int winding = 0;
            for (int k = 0; k < count - 1; k++) {
                winding += dirs[k];
                if (winding != 0) {
                    int from = Math.max(area.x(), (int) Math.ceil(xs[k] - 0.5));
                    int to = Math.min(area.right(), (int) Math.ceil(xs[k + 1] - 0.5));
                    if (to > from) {
                        Arrays.fill(data, row * mask.width() + from, row * mask.width() + to, v);
                    }
                }
            }
        }
        return area;
    }

    private static void sortCrossings(double[] xs, int[] dirs, int count) {
        for (int i = 1; i < count; i++) {
            double x = xs[i];
            int d = dirs[i];
            int j = i - 1;
            while (j >= 0 && xs[j] > x) {
                xs[j + 1] = xs[j];
                dirs[j + 1] = dirs[j];
                j--;
            }
            xs[j + 1] = x;
            dirs[j + 1] = d;
        }
    }
}
