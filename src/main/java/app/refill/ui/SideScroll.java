package app.refill.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The side column's scroll pane without the bitmap cache JavaFX puts on every scroll pane's viewport. The
 * cache pays off when static content scrolls on a GPU; the side column instead changes all the time (job
 * progress, elapsed seconds, new rows), and each change re-rendered the whole column into the cache and then
 * drew the cache: 10-20 ms of the render thread for a progress bar that moved one pixel, on the software
 * pipeline.
 */
final class SideScroll {
    private SideScroll() {
    }

    static void drawDirectly(ScrollPane pane) {
        pane.skinProperty().subscribe(skin -> {
            if (skin != null) {
                Node viewport = pane.lookup(".viewport");
                if (viewport != null) {
                    viewport.setCache(false);
                }
            }
        });
    }
}
