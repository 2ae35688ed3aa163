package app.refill.ui.canvas;

import app.refill.core.doc.EditorSession;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Viewport;
import app.refill.ui.EditorViewModel;
import java.util.function.DoubleSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which part of the canvas the view shows: the whole canvas fitted to the view until the user zooms, pans
 * or scrolls, then the zoom and offset they chose. UI thread only.
 */
final class CanvasViewport {
    private static final double FIT_MARGIN = 24;

    private final EditorViewModel vm;
    private final DoubleSupplier viewWidth;
    private final DoubleSupplier viewHeight;
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(Viewport.identity());
    private boolean fitMode = true;

    /** For a view whose picture area is {@code viewWidth} by {@code viewHeight} view pixels. */
    CanvasViewport(EditorViewModel vm, DoubleSupplier viewWidth, DoubleSupplier viewHeight) {
        this.vm = vm;
        this.viewWidth = viewWidth;
        this.viewHeight = viewHeight;
    }

    ObjectProperty<Viewport> property() {
        return viewport;
    }

    Viewport get() {
        return viewport.get();
    }

    /** True while the whole canvas is fitted: a resize or a new image fits it again. */
    boolean isFitMode() {
        return fitMode;
    }

    void fit() {
        EditorSession s = vm.getSession();
        if (s == null) {
            return;
        }
        fitMode = true;
        viewport.set(Viewport.fit(canvasRect(s), viewWidth.getAsDouble(), viewHeight.getAsDouble(), FIT_MARGIN));
    }

    /** Zooms to {@code scale}, keeping the image point under view point ({@code x}, {@code y}) in place. */
    void zoomTo(double scale, double x, double y) {
        if (vm.getSession() == null) {
            return;
        }
        fitMode = false;
        viewport.set(viewport.get().zoomAt(scale, x, y));
    }

    void panBy(double dx, double dy) {
        fitMode = false;
        viewport.set(viewport.get().panBy(dx, dy));
    }

    /** The scroll bars moved to ({@code h}, {@code v}) view pixels from the canvas's top left corner. */
    void scrolledTo(double h, double v) {
        if (vm.getSession() == null) {
            return;
        }
        fitMode = false;
        Viewport view = viewport.get();
        PixelRect c = canvasRect(vm.getSession());
        viewport.set(view.withOffset(-h - c.x() * view.scale(), -v - c.y() * view.scale()));
    }

    /** The canvas (image plus outpaint frame) in image space; what fit shows and the scroll bars span. */
    static PixelRect canvasRect(EditorSession s) {
        return s.document().outsets().canvasRectOf(s.document().size());
    }
}
