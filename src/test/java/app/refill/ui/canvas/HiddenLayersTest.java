package app.refill.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.refill.core.geom.PixelRect;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** What a layer hides: only a fully opaque layer drawn whole over the whole canvas hides what is under it. */
class HiddenLayersTest {
    private static final PixelRect CANVAS = new PixelRect(0, 0, 400, 300);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static DisplayLevels image(int w, int h, int argb) {
        int[] px = new int[w * h];
        Arrays.fill(px, argb);
        DisplayLevels d = new DisplayLevels(px, w, h);
        d.install(DisplayLevels.compute(px, w, h));
        return d;
    }

    @Test
    void drawingStartsAtTheTopmostLayerThatHidesEverythingUnderIt() {
        PictureRenderer.Drawn opaque = new PictureRenderer.Drawn(image(400, 300, 0xff102030), CANVAS, 1);
        PictureRenderer.Drawn opaque2 = new PictureRenderer.Drawn(image(400, 300, 0xff405060), CANVAS, 1);
        assertEquals(-1, PictureRenderer.firstUnhidden(List.of(), CANVAS), "no layers: the photo is drawn");
        assertEquals(1, PictureRenderer.firstUnhidden(List.of(opaque, opaque2), CANVAS));
        PictureRenderer.Drawn faded = new PictureRenderer.Drawn(opaque2.image(), CANVAS, 0.5);
        assertEquals(0, PictureRenderer.firstUnhidden(List.of(opaque, faded), CANVAS), "half opacity shows through");
        PictureRenderer.Drawn seeThrough = new PictureRenderer.Drawn(image(400, 300, 0x80102030), CANVAS, 1);
        assertEquals(0, PictureRenderer.firstUnhidden(List.of(opaque, seeThrough), CANVAS), "translucent pixels");
        PictureRenderer.Drawn small = new PictureRenderer.Drawn(image(300, 300, 0xff102030),
                new PixelRect(0, 0, 300, 300), 1);
        assertEquals(0, PictureRenderer.firstUnhidden(List.of(opaque, small), CANVAS), "does not cover the canvas");
        PictureRenderer.Drawn clipped = new PictureRenderer.Drawn(opaque2.image(), CANVAS, 1,
                new PixelRect(0, 0, 400, 100));
        assertEquals(0, PictureRenderer.firstUnhidden(List.of(opaque, clipped), CANVAS), "only a part is drawn");
        PictureRenderer.Drawn pending = new PictureRenderer.Drawn(new DisplayLevels(new int[400 * 300], 400, 300),
                CANVAS, 1);
        assertEquals(-1, PictureRenderer.firstUnhidden(List.of(pending), CANVAS), "not known opaque yet");
    }
}
