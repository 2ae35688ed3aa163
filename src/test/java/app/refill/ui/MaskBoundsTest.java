package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.refill.core.doc.Document;
import app.refill.core.doc.EditorSession;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The mask's bounds when a document is shown: measured for a project's painted mask, not for a new photo's. */
class MaskBoundsTest {
    private final AtomicInteger workerTasks = new AtomicInteger();
    private final MaskBounds bounds = new MaskBounds(new Background(r -> {
        workerTasks.incrementAndGet();
        r.run();
    }, Runnable::run));
    private final BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB_PRE);

    @Test
    void aNewPhotosClearMaskIsNeitherCopiedNorRead() {
        bounds.follow(new EditorSession(new Document(image, "photo.png", null)));
        assertEquals(PixelRect.EMPTY, bounds.property().get());
        assertEquals(0, workerTasks.get(), "opening a 24 MP photo would copy and scan 24 MB for nothing");
    }

    @Test
    void aProjectsPaintedMaskIsMeasuredAtOnce() {
        Mask painted = new Mask(40, 30, new byte[40 * 30]);
        painted.write(new PixelRect(5, 6, 7, 8), filled(7 * 8));
        bounds.follow(new EditorSession(Document.restored(image, painted, Outsets.NONE, null, "photo.png", null,
                List.of())));
        assertEquals(new PixelRect(5, 6, 7, 8), bounds.property().get());
    }

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 255);
        return b;
    }
}
