package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+V opens a copied image, or a copied image file. */
class PasteTest extends EditorUiTest {
    @Test
    void pastingAnImageOpensItAsANewDocument() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            WritableImage img = new WritableImage(30, 20);
            for (int y = 0; y < 20; y++) {
                for (int x = 0; x < 30; x++) {
                    img.getPixelWriter().setColor(x, y, x < 15 ? Color.RED : Color.BLUE);
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(img);
            Clipboard.getSystemClipboard().setContent(content);
        }).get();
        // focus without clicking: with no picture open, the welcome view's buttons sit over the canvas
        WaitForAsyncUtils.asyncFx(() -> fx.canvas().requestFocus()).get();
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        EditorFixture.waitUntil(() -> fx.session() != null && fx.canvas().isMaskShown());
        assertEquals("Pasted image", fx.session().document().name());
        assertEquals(30, fx.session().document().size().width());
        assertEquals(0xffff0000, fx.session().document().image().getRGB(2, 2));
        assertEquals(0xff0000ff, fx.session().document().image().getRGB(20, 2));
    }

    @Test
    void pastingACopiedFileOpensTheFile() throws Exception {
        Path photo = EditorFixture.photo(dir, 48, 32);
        WaitForAsyncUtils.asyncFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(photo.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
        }).get();
        // focus without clicking: with no picture open, the welcome view's buttons sit over the canvas
        WaitForAsyncUtils.asyncFx(() -> fx.canvas().requestFocus()).get();
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        EditorFixture.waitUntil(() -> fx.session() != null && fx.canvas().isMaskShown());
        assertEquals(photo.getFileName().toString(), fx.session().document().name());
    }
}
