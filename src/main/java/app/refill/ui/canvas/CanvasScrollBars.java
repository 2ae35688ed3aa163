package app.refill.ui.canvas;

import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Viewport;
import java.util.function.BiConsumer;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;

/**
 * The canvas's two scroll bars. They span the canvas from half a view before its start to half a view past
 * its end (so any edge can be brought to the middle), follow the viewport, and report the user's scrolling as
 * the screen position the canvas's top-left corner should move to.
 */
final class CanvasScrollBars {
    final ScrollBar horizontal = new ScrollBar();
    final ScrollBar vertical = new ScrollBar();
    private boolean syncing;

    /** @param scrolledTo receives the bars' values whenever the user (not {@link #sync}) moves one */
    CanvasScrollBars(BiConsumer<Double, Double> scrolledTo) {
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.valueProperty().addListener((o, a, b) -> scrolled(scrolledTo));
        vertical.valueProperty().addListener((o, a, b) -> scrolled(scrolledTo));
    }

    private void scrolled(BiConsumer<Double, Double> scrolledTo) {
        if (!syncing) {
            scrolledTo.accept(horizontal.getValue(), vertical.getValue());
        }
    }

    /** Shows canvas rectangle {@code c} as the viewport places it in a view of the given size. */
    void sync(PixelRect c, Viewport v, double viewWidth, double viewHeight) {
        syncing = true;
        configure(horizontal, c.width() * v.scale(), viewWidth, -v.toScreenX(c.x()));
        configure(vertical, c.height() * v.scale(), viewHeight, -v.toScreenY(c.y()));
        syncing = false;
    }

    private static void configure(ScrollBar bar, double content, double view, double value) {
        double min = -view / 2;
        double max = Math.max(min, content - view / 2);
        bar.setMin(Math.min(min, value));
        bar.setMax(Math.max(max, value));
        bar.setVisibleAmount(view * (bar.getMax() - bar.getMin()) / Math.max(1, content + view));
        bar.setValue(value);
        bar.setUnitIncrement(32);
        bar.setBlockIncrement(view * 0.9);
    }
}
