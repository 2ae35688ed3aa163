package app.refill.core.tool;

import app.refill.core.geom.ImagePoint;
import java.util.List;

/** What a tool wants drawn over the canvas while it works, in image space. */
public sealed interface ToolPreview {
    ToolPreview NONE = new Nothing();

    record Nothing() implements ToolPreview {
    }

    /** A shape being drawn; {@code closed} when the outline should be drawn back to its first point. */
    record Outline(List<ImagePoint> points, boolean closed, boolean subtract) implements ToolPreview {
    }
}
