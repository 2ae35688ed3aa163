package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Size;
import app.refill.core.geom.Viewport;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The frame tool and panel, driven by the robot. */
class FrameTest extends EditorUiTest {
    @BeforeEach
    void openPhoto() throws Exception {
        fx.open(EditorFixture.photo(dir, 400, 300));
        robot.clickOn(fx.canvas(), MouseButton.SECONDARY);
        robot.type(KeyCode.F);
        assertEquals(ToolKind.FRAME, fx.vm().toolProperty().get());
    }

    private Outsets frame() {
        return fx.session().document().outsets();
    }

    private void zoom(double scale) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> fx.canvas().zoomTo(scale)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void dragFrom(double imageX, double imageY, double screenDx, double screenDy, KeyCode... held) {
        Point2D from = fx.screenOf(imageX, imageY);
        robot.moveTo(from);
        if (held.length > 0) {
            robot.press(held);
        }
        robot.press(MouseButton.PRIMARY).moveBy(screenDx / 2, screenDy / 2).moveBy(screenDx / 2, screenDy / 2)
                .release(MouseButton.PRIMARY);
        if (held.length > 0) {
            robot.release(held);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingTheRightEdgeSnapsTo64PixelStepsAtAnyZoom() throws Exception {
        zoom(1);
        dragFrom(400, 150, 100, 0);
        assertEquals(new Outsets(0, 128, 0, 0), frame(), "100 screen px at 100 % = 100 image px -> 128");
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(Outsets.NONE, frame(), "undo restores the previous frame");

        zoom(0.5);
        dragFrom(400, 150, 100, 0);
        assertEquals(new Outsets(0, 192, 0, 0), frame(), "100 screen px at 50 % = 200 image px -> 192");
        assertEquals(1, fx.session().history().undoCount(), "one drag is one undo step");
        assertEquals("Expand to 592 x 300 px", robot.lookup("#statusJob").queryAs(Label.class).getText());
    }

    @Test
    void shiftOnACornerKeepsTheRatio() throws Exception {
        zoom(1);
        dragFrom(400, 300, 150, 10, KeyCode.SHIFT);
        Size c = frame().canvasOf(new Size(400, 300));
        assertTrue(frame().right() > 0 && frame().bottom() > 0, frame().toString());
        assertEquals(4.0 / 3, (double) c.width() / c.height(), 64.0 / c.height());
    }

    @Test
    void typedSidesAreRoundedClampedOrRefused() {
        TextField top = robot.lookup("#frameTop").queryAs(TextField.class);
        robot.doubleClickOn(top).eraseText(3).write("100").type(KeyCode.ENTER);
        assertEquals("128", top.getText());
        assertEquals(128, frame().top());

        robot.doubleClickOn(top).eraseText(3).write("abc").type(KeyCode.ENTER);
        assertEquals(128, frame().top(), "a non-number leaves the frame as it was");
        assertTrue(robot.lookup("#frameNote").queryAs(Label.class).getText().contains("not a number"));
        assertEquals("abc", top.getText());

        TextField left = robot.lookup("#frameLeft").queryAs(TextField.class);
        robot.doubleClickOn(left).eraseText(3).write("3000").type(KeyCode.ENTER);
        assertEquals("2048", left.getText());
        assertTrue(robot.lookup("#frameNote").queryAs(Label.class).getText().contains("clamped to 2048"));
        assertEquals(2, fx.session().history().undoCount());
    }

    @Test
    void aPresetExtendsTheSidesItsAnchorAllowsAndFitShowsTheWholeCanvas() {
        Button apply = robot.lookup("#frameApply").queryAs(Button.class);
        assertTrue(apply.isDisabled(), "no ratio is chosen before the user picks one");
        assertFalse(robot.lookup("#preset-1x1").queryAs(ToggleButton.class).isSelected(),
                "no preset looks like the canvas's own ratio");
        robot.clickOn("#preset-16x9").clickOn("#anchor-LEFT");
        assertFalse(apply.isDisabled());
        robot.clickOn("#frameApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Outsets(0, 128, 0, 0), frame());

        robot.clickOn("#preset-9x16").clickOn("#anchor-CENTER").clickOn("#frameApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Outsets(192, 0, 192, 0), frame());

        robot.clickOn(fx.canvas(), MouseButton.SECONDARY);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT0);
        Viewport v = fx.canvas().viewportProperty().get();
        PixelRect c = frame().canvasRectOf(new Size(400, 300));
        assertTrue(v.toScreenY(c.y()) >= 0 && v.toScreenY(c.bottom()) <= fx.canvas().getHeight(), "fit includes the frame");

        robot.clickOn("#frameReset");
        assertEquals(Outsets.NONE, frame());
    }

    @Test
    void aRatioThatNeedsTwoPassesSaysSo() throws Exception {
        // 1:1 from 2400 x 300 with the photo kept at the top needs 2112 px below it
        fx.open(EditorFixture.photo(dir, 2400, 300));
        robot.clickOn("#preset-custom");
        TextField w = robot.lookup("#frameRatioW").queryAs(TextField.class);
        TextField h = robot.lookup("#frameRatioH").queryAs(TextField.class);
        robot.doubleClickOn(w).eraseText(3).write("1");
        robot.doubleClickOn(h).eraseText(3).write("1");
        robot.clickOn("#anchor-TOP").clickOn("#frameApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Outsets.NONE, frame());
        assertTrue(robot.lookup("#frameNote").queryAs(Label.class).getText().contains("can't be reached in one pass"));
    }

    @Test
    void withAFrameTheExportedMaskCoversTheCanvasWithAWhiteBorder() throws Exception {
        fx.session().document().mask().set(10, 10, 255);
        TextField right = robot.lookup("#frameRight").queryAs(TextField.class);
        robot.doubleClickOn(right).eraseText(3).write("64").type(KeyCode.ENTER);
        java.nio.file.Path out = dir.resolve("canvas-mask.png");
        fx.dialogs.exportAnswer = out;
        robot.clickOn(fx.canvas(), MouseButton.SECONDARY);
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        EditorFixture.waitUntil(() -> java.nio.file.Files.exists(out));
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(out.toFile());
        assertEquals(464, png.getWidth());
        assertEquals(300, png.getHeight());
        assertEquals(255, png.getRaster().getSample(463, 0, 0));
        assertEquals(255, png.getRaster().getSample(10, 10, 0));
        assertEquals(0, png.getRaster().getSample(200, 200, 0));
    }
}
