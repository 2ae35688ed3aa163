package app.refill.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.refill.core.geom.Viewport;
import app.refill.ui.EditorFixture;
import app.refill.ui.EditorUiTest;
import app.refill.ui.ToolKind;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.control.ScrollBar;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The scroll bars follow the view and move it; the cursor says what a drag will do. */
class CanvasNavigationTest extends EditorUiTest {
    @Test
    void theScrollBarsFollowTheViewAndScrollingMovesIt() throws Exception {
        fx.open(EditorFixture.photo(dir, 3000, 2000));
        WaitForAsyncUtils.asyncFx(() -> fx.canvas().zoomTo(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        ScrollBar h = bar(Orientation.HORIZONTAL);
        ScrollBar v = bar(Orientation.VERTICAL);
        Viewport before = fx.canvas().viewportProperty().get();
        assertEquals(-before.toScreenX(0), h.getValue(), 1e-6);
        assertEquals(-before.toScreenY(0), v.getValue(), 1e-6);
        // at 100 % the 3000 px wide photo is far wider than the view: the bar's thumb is a fraction of it
        assertEquals(h.getVisibleAmount() / (h.getMax() - h.getMin()),
                fx.canvas().getWidth() / (3000 + fx.canvas().getWidth()), 0.02);

        WaitForAsyncUtils.asyncFx(() -> h.setValue(h.getValue() + 100)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Viewport across = fx.canvas().viewportProperty().get();
        assertEquals(before.offsetX() - 100, across.offsetX(), 1e-6);
        assertEquals(before.offsetY(), across.offsetY(), 1e-6);
        WaitForAsyncUtils.asyncFx(() -> v.setValue(v.getValue() + 40)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = fx.canvas().viewportProperty().get();
        assertEquals(before.offsetX() - 100, after.offsetX(), 1e-6);
        assertEquals(before.offsetY() - 40, after.offsetY(), 1e-6);
        assertEquals(1.0, after.scale());
        assertFalse(fx.canvas().isFitMode());
    }

    @Test
    void theCursorShowsWhatADragWillDo() throws Exception {
        fx.open(EditorFixture.photo(dir, 200, 100));
        assertEquals(Cursor.NONE, fx.canvas().getCursor(), "a brush draws its own outline");
        WaitForAsyncUtils.asyncFx(() -> fx.canvas().spaceDownProperty().set(true)).get();
        assertEquals(Cursor.OPEN_HAND, fx.canvas().getCursor(), "space: ready to pan");
        WaitForAsyncUtils.asyncFx(() -> {
            fx.canvas().spaceDownProperty().set(false);
            fx.vm().toolProperty().set(ToolKind.RECTANGLE);
        }).get();
        assertEquals(Cursor.CROSSHAIR, fx.canvas().getCursor());
        WaitForAsyncUtils.asyncFx(() -> fx.vm().toolProperty().set(ToolKind.FRAME)).get();
        assertEquals(Cursor.DEFAULT, fx.canvas().getCursor());
    }

    private ScrollBar bar(Orientation o) {
        return fx.canvas().lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == o).findFirst().orElseThrow();
    }
}
