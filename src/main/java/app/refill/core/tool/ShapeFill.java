package app.refill.core.tool;

import app.refill.core.doc.EditorSession;
import app.refill.core.doc.MaskStroke;
import app.refill.core.geom.ImagePoint;
import app.refill.core.geom.PixelRect;
import app.refill.core.image.PolygonRasterizer;
import java.util.List;

/** Fills a finished shape into the mask as one undo step: white when adding, black when subtracting. */
final class ShapeFill {
    private ShapeFill() {
    }

    static void polygon(EditorSession session, List<ImagePoint> points, boolean subtract, String label) {
        if (points.size() < 3) {
            return;
        }
        MaskStroke stroke = session.beginStroke(subtract ? label + " (subtract)" : label);
        PixelRect area = PolygonRasterizer.bounds(points, stroke.mask());
        stroke.beforeWrite(area);
        PolygonRasterizer.fill(stroke.mask(), points, subtract ? 0 : 255);
        stroke.written(area);
        stroke.finish();
    }
}
