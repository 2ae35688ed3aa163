package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.doc.EditorSession;
import app.refill.core.image.Mask;
import app.refill.core.tool.BrushSettings;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Export, import, mask commands and bad files, driven through the menus' shortcuts. */
class MaskFilesTest extends EditorUiTest {
    @BeforeEach
    void openPhoto() throws Exception {
        fx.open(EditorFixture.photo(dir, 300, 200));
        WaitForAsyncUtils.asyncFx(() -> fx.vm().brushProperty().set(new BrushSettings(20, 0.5))).get();
        robot.clickOn(fx.canvas(), MouseButton.SECONDARY);
    }

    private Mask mask() {
        return fx.session().document().mask();
    }

    private void paintStroke() {
        Point2D a = fx.screenOf(60, 60);
        Point2D b = fx.screenOf(200, 120);
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fileDialogsStartBesideTheOpenedPhoto() {
        assertEquals(dir, fx.dialogs.startedIn, "however it was opened, Save As and Export start in its folder");
    }

    @Test
    void exportThenImportRoundTripsTheMaskExactly() throws Exception {
        paintStroke();
        Mask painted = mask().copy();
        assertTrue(painted.coveredCount() > 500);
        Path out = dir.resolve("out-mask.png");
        fx.dialogs.exportAnswer = out;
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        EditorFixture.waitUntil(() -> Files.exists(out));
        assertEquals("export as photo-300x200-mask.png", fx.dialogs.questions.get(0));
        BufferedImage png = ImageIO.read(out.toFile());
        assertEquals(300, png.getWidth());
        assertEquals(200, png.getHeight());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, png.getType());

        robot.type(KeyCode.DELETE);
        EditorFixture.waitUntil(() -> mask().coveredCount() == 0);

        fx.dialogs.importAnswer = out;
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        EditorFixture.waitUntil(() -> mask().coveredCount() > 0);
        assertArrayEquals(painted.raw(), mask().raw());

        shortcut(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0, mask().coveredCount(), "import is one undo step");
    }

    @Test
    void aMaskOfAnotherSizeAsksAndScalesOnlyWhenTheUserAgrees() throws Exception {
        Path small = dir.resolve("small-mask.png");
        BufferedImage img = new BufferedImage(150, 100, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 75; x++) {
            for (int y = 0; y < 100; y++) {
                img.getRaster().setSample(x, y, 0, 255);
            }
        }
        ImageIO.write(img, "png", small.toFile());
        fx.dialogs.importAnswer = small;
        fx.dialogs.scaleAnswer = false;
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        EditorFixture.waitUntil(() -> !fx.dialogs.questions.isEmpty());
        assertTrue(fx.dialogs.questions.get(0).contains("150 x 100") && fx.dialogs.questions.get(0).contains("300 x 200"));
        assertEquals(0, mask().coveredCount());

        fx.dialogs.scaleAnswer = true;
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        EditorFixture.waitUntil(() -> mask().coveredCount() > 0);
        assertEquals(255, mask().get(10, 10));
        assertEquals(0, mask().get(290, 190));
    }

    @Test
    void invertAndGrowRunAsUndoableCommands() throws Exception {
        paintStroke();
        long painted = mask().coveredCount();
        shortcut(KeyCode.CONTROL, KeyCode.I);
        EditorFixture.waitUntil(() -> mask().get(0, 0) == 255);
        assertEquals(255 - 0, mask().get(299, 199));
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(painted, mask().coveredCount());

        fx.dialogs.pixelsAnswer = 5;
        WaitForAsyncUtils.asyncFx(() -> fx.vm().masks().runWithDialog(MaskOperation.GROW)).get();
        EditorFixture.waitUntil(() -> mask().coveredCount() > painted);
        assertTrue(fx.dialogs.questions.get(0).contains("how many pixels"));
    }

    @Test
    void brokenFilesShowAnErrorAndLeaveTheDocumentAsItWas() throws Exception {
        paintStroke();
        EditorSession before = fx.session();
        Mask painted = mask().copy();
        for (String bad : new String[] {"random-bytes.png", "truncated.jpg", "empty.png"}) {
            fx.dialogs.errors.clear();
            fx.dialogs.openAnswer = Path.of("../shared/testdata", bad);
            shortcut(KeyCode.CONTROL, KeyCode.O);
            EditorFixture.waitUntil(() -> !fx.dialogs.errors.isEmpty());
            assertTrue(fx.dialogs.errors.get(0).contains(bad), fx.dialogs.errors.get(0));
            assertSame(before, fx.session());
            assertArrayEquals(painted.raw(), mask().raw());
        }
        assertTrue(fx.vm().titleProperty().get().startsWith("photo-300x200.png"));
    }

    @Test
    void openedFilesAppearInOpenRecent() throws Exception {
        Path second = EditorFixture.photo(dir, 64, 48);
        fx.open(second);
        assertEquals(second.toAbsolutePath().normalize(), fx.vm().recentFiles().get(0));
        assertEquals(2, fx.vm().recentFiles().size());
    }
}
