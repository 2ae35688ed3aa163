package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.Viewport;
import app.refill.job.Job;
import app.refill.job.JobState;
import app.refill.job.ScriptedProvider;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The whole loop through the real window with the scripted provider: paint, submit, compare, keep, save. */
class JobFlowTest extends EditorUiTest {
    private static final int[] COLOURS = ScriptedProvider.COLOURS;

    private Workbench work() {
        return fx.app.workbench();
    }

    private void drag(double x0, double y0, double x1, double y1) {
        Point2D a = fx.screenOf(x0, y0);
        Point2D b = fx.screenOf(x1, y1);
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the picture shows at an image point (premultiplied ARGB of the view pixel). */
    private int shown(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Viewport v = fx.canvas().viewportProperty().get();
            Image snap = fx.canvas().pictureSnapshot();
            return snap.getPixelReader().getArgb((int) v.toScreenX(x + 0.5), (int) v.toScreenY(y + 0.5));
        }).get(5, TimeUnit.SECONDS);
    }

    private static int original(int x, int y) {
        return 0xff000000 | (x * 255 / 400) << 16 | (y * 255 / 300) << 8 | 90;
    }

    @Test
    void paintSubmitKeepWorkingCompareCycleKeepAndSave() throws Exception {
        fx.open(EditorFixture.photo(dir, 400, 300));
        EditorFixture.HeldRun held = fx.holdNextRun();
        robot.clickOn("#promptField").write("a red sofa");
        WaitForAsyncUtils.asyncFx(() -> work().prompt().countProperty().set(2)).get();
        drag(150, 150, 250, 150);
        robot.clickOn(fx.canvas(), MouseButton.SECONDARY);
        shortcut(KeyCode.CONTROL, KeyCode.ENTER);
        held.awaitRunning();
        EditorFixture.waitUntil(() -> !work().jobs().jobs().isEmpty()
                && work().jobs().jobs().get(0).state() == JobState.GENERATING);

        // the editor stays free while the job runs
        drag(40, 40, 90, 40);
        assertEquals(255, fx.session().document().mask().get(60, 40), "painting goes on during the job");
        assertTrue(robot.lookup("#compareSPLIT").query().isDisabled(), "nothing to compare yet");
        Point2D corner = fx.screenOf(0, 0);
        held.release();
        EditorFixture.waitUntil(() -> work().results().layers().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(corner, fx.screenOf(0, 0), "the first result does not move the picture under the brush");
        assertFalse(robot.lookup("#compareSPLIT").query().isDisabled());
        assertTrue(robot.lookup("#compareHint").queryLabeled().getText().contains("Enter keep"), "the keys to compare");
        Job job = work().jobs().jobs().get(0);
        assertEquals(JobState.DONE, job.state());
        assertEquals(COLOURS[0], shown(200, 150), "the first variation shows over the original");
        assertEquals(original(350, 250), shown(350, 250), "outside the mask: the original");

        // split: drag the divider to image x 200; original left of it, the result right of it
        WaitForAsyncUtils.asyncFx(() -> work().results().modeProperty().set(CompareMode.SPLIT)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Point2D divider = fx.canvas().localToScreen(Math.round(0.5 * (fx.canvas().getWidth() - 14)), 20);
        Point2D target = fx.screenOf(200, 150);
        robot.moveTo(divider).press(MouseButton.PRIMARY).moveTo(new Point2D(target.getX(), divider.getY()))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original(170, 150), shown(170, 150), "left of the divider: the original");
        assertEquals(COLOURS[0], shown(230, 150), "right of the divider: the result");

        // back to layers; Right shows the second variation, Enter keeps it
        WaitForAsyncUtils.asyncFx(() -> work().results().modeProperty().set(CompareMode.LAYERS)).get();
        robot.moveTo(fx.screenOf(300, 250));
        shortcut(KeyCode.RIGHT);
        assertEquals(COLOURS[1], shown(200, 150));
        shortcut(KeyCode.ENTER);
        EditorFixture.waitUntil(() -> fx.session().document().image().getRGB(200, 150) == COLOURS[1]);

        // save: the file has the kept pixels and the generation parameters
        Path out = dir.resolve("kept.png");
        fx.dialogs.saveAnswer = out;
        shortcut(KeyCode.CONTROL, KeyCode.S);
        EditorFixture.waitUntil(() -> Files.exists(out) && !fx.vm().dirtyProperty().get());
        BufferedImage saved = ImageIO.read(out.toFile());
        assertEquals(COLOURS[1], saved.getRGB(200, 150));
        assertEquals(original(10, 290), saved.getRGB(10, 290));
        String raw = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("a red sofa") && raw.contains("Seed: 1001") && raw.contains("Provider: fake"), raw.substring(0, 200));
    }

    @Test
    void aProvidersPreviewShowsWhileItWorksAndTheResultReplacesIt() throws Exception {
        fx.open(EditorFixture.photo(dir, 400, 300));
        int rough = 0xff_44_55_66;
        EditorFixture.HeldRun held = fx.holdNextRun(List.of(ctx -> {
            BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB_PRE);
            java.util.Arrays.fill(((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData(), rough);
            ctx.preview(img);
        }));
        robot.clickOn("#promptField").write("a lamp");
        drag(150, 150, 250, 150);
        robot.clickOn(fx.canvas(), MouseButton.SECONDARY);
        shortcut(KeyCode.CONTROL, KeyCode.ENTER);
        held.awaitRunning();
        EditorFixture.waitUntil(() -> shownNow(200, 150) == rough);
        assertEquals(original(350, 250), shown(350, 250), "outside the mask: the original");
        assertTrue(fx.vm().messageProperty().get().contains("preview"), fx.vm().messageProperty().get());

        held.release();
        EditorFixture.waitUntil(() -> work().results().layers().size() == 1);
        assertEquals(COLOURS[0], shown(200, 150), "the result replaces the preview");
    }

    private int shownNow(double x, double y) {
        try {
            return shown(x, y);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
