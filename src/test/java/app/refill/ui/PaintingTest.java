package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.Viewport;
import app.refill.core.image.Mask;
import app.refill.core.tool.BrushSettings;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A real robot paints on the canvas; the mask pixels must be exactly the ones under the brush. */
class PaintingTest extends EditorUiTest {
    @BeforeEach
    void openPhoto() throws Exception {
        fx.open(EditorFixture.photo(dir, 400, 300));
        WaitForAsyncUtils.asyncFx(() -> fx.vm().brushProperty().set(new BrushSettings(10, 1.0))).get();
        robot.clickOn(fx.canvas(), MouseButton.SECONDARY);
    }

    private Mask mask() {
        return fx.session().document().mask();
    }

    private void drag(double x0, double y0, double x1, double y1) {
        Point2D a = fx.screenOf(x0, y0);
        Point2D b = fx.screenOf(x1, y1);
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDragAtHundredPercentPaintsExactlyTheBrushBand() {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, fx.canvas().viewportProperty().get().scale());
        drag(100, 150, 200, 150);
        for (int x = 105; x < 195; x++) {
            for (int y = 145; y <= 154; y++) {
                assertEquals(255, mask().get(x, y), "pixel " + x + "," + y);
            }
            assertEquals(0, mask().get(x, 144), "above the band at " + x);
            assertEquals(0, mask().get(x, 155), "below the band at " + x);
        }
        assertEquals(0, mask().get(80, 150));
        assertEquals(0, mask().get(220, 150));
        assertTrue(fx.vm().dirtyProperty().get());
        assertTrue(fx.vm().titleProperty().get().contains("*"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, mask().coveredCount());
        assertTrue(!fx.vm().dirtyProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(255, mask().get(150, 150));
    }

    @Test
    void aDragAtTwoHundredPercentAfterPanningPaintsWhereTheImageIsUnderThePointer() {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.moveTo(fx.screenOf(200, 150));
        robot.type(KeyCode.EQUALS).type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport zoomed = fx.canvas().viewportProperty().get();
        assertEquals(2.0, zoomed.scale());

        // pan with space + drag by (-60, +40) screen pixels
        Point2D from = fx.screenOf(200, 150);
        robot.moveTo(from).press(KeyCode.SPACE).press(MouseButton.PRIMARY)
                .moveBy(-30, 20).moveBy(-30, 20).release(MouseButton.PRIMARY).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport panned = fx.canvas().viewportProperty().get();
        assertEquals(zoomed.offsetX() - 60, panned.offsetX());
        assertEquals(zoomed.offsetY() + 40, panned.offsetY());
        assertEquals(0, mask().coveredCount(), "panning must not paint");

        drag(150, 120, 190, 120);
        // brush 10 px wide in image pixels: rows 115..124 covered, at any zoom
        for (int x = 155; x < 185; x++) {
            for (int y = 116; y <= 123; y++) {
                assertEquals(255, mask().get(x, y), "pixel " + x + "," + y);
            }
            assertEquals(0, mask().get(x, 113));
            assertEquals(0, mask().get(x, 126));
        }
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, mask().coveredCount());
    }

    @Test
    void theEraserRemovesPaint() {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        drag(100, 150, 200, 150);
        robot.type(KeyCode.E);
        assertEquals(ToolKind.ERASER, fx.vm().toolProperty().get());
        drag(150, 130, 150, 170);
        assertEquals(0, mask().get(150, 150));
        assertEquals(0, mask().get(148, 150));
        assertEquals(255, mask().get(120, 150));
        assertEquals(255, mask().get(180, 150));
        assertEquals(2, fx.session().history().undoCount());
    }

    @Test
    void bracketKeysResizeTheBrushAndHTogglesTheTint() {
        robot.type(KeyCode.CLOSE_BRACKET);
        assertEquals(11, fx.vm().brushProperty().get().size());
        robot.type(KeyCode.OPEN_BRACKET).type(KeyCode.OPEN_BRACKET);
        assertEquals(9, fx.vm().brushProperty().get().size());
        robot.type(KeyCode.H);
        assertTrue(!fx.vm().tintVisibleProperty().get());
        robot.type(KeyCode.H);
        assertTrue(fx.vm().tintVisibleProperty().get());
    }

    @Test
    void rectangleToolWithAltSubtracts() {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.type(KeyCode.M);
        drag(50, 50, 150, 100);
        assertEquals(100 * 50, mask().coveredCount());
        Point2D a = fx.screenOf(60, 60);
        Point2D b = fx.screenOf(70, 70);
        robot.moveTo(a).press(KeyCode.ALT).press(MouseButton.PRIMARY).moveTo(b).release(MouseButton.PRIMARY)
                .release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100 * 50 - 100, mask().coveredCount());
        assertEquals(0, mask().get(65, 65));
    }
}
