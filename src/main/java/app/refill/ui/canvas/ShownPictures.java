package app.refill.ui.canvas;

import app.refill.core.doc.EditorSession;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Size;
import app.refill.ui.Background;
import app.refill.ui.EditorViewModel;

/**
 * The shown document's photo, with its zoomed-out copies, and its mask tint. The photo wraps the document's
 * own pixels (no copy) and shows at once; its copies and the tint's buffers are made on workers and arrive a
 * moment later, each asking for a redraw. UI thread only.
 */
final class ShownPictures {
    private final EditorViewModel vm;
    private final LayerImages images;
    private final Background background;
    private final Runnable redraw;
    private DisplayLevels photo;
    private MaskOverlay mask;

    ShownPictures(EditorViewModel vm, LayerImages images, Background background, Runnable redraw) {
        this.vm = vm;
        this.images = images;
        this.background = background;
        this.redraw = redraw;
        vm.tintColorProperty().subscribe(c -> {
            if (mask != null) {
                mask.setColor(c);
            }
        });
    }

    void clear() {
        photo = null;
        mask = null;
    }

    /** Shows the session's current pixels and mask (again, after the image was replaced). */
    void show(EditorSession s) {
        Size size = s.document().size();
        photo = images.withCopies(s.document().imagePixels(), size.width(), size.height(), true);
        mask = null;
        attachMaskOverlay(s);
    }

    /** A stroke or undo changed this rectangle of the session's mask. */
    void maskChanged(EditorSession s, PixelRect rect) {
        if (mask != null && mask.shows(s.document().mask())) {
            mask.update(rect);
        }
    }

    /**
     * The tint buffer (4 bytes a pixel) is allocated on a worker so the photo shows without waiting for it;
     * anything painted in the meantime is tinted when it arrives.
     */
    private void attachMaskOverlay(EditorSession s) {
        Size size = s.document().size();
        long version = s.maskVersion();
        record Buffers(int[] pixels, DisplayLevels.Computed copies) {
        }
        background.run(() -> new Buffers(new int[size.width() * size.height()],
                DisplayLevels.allocate(size.width(), size.height())), b -> {
            if (vm.getSession() != s || s.document().mask().width() * s.document().mask().height() != b.pixels().length) {
                return;
            }
            mask = new MaskOverlay(s.document().mask(), b.pixels(), b.copies(), vm.tintColorProperty().get(),
                    background, redraw);
            redraw.run();
            if (s.maskVersion() != version) {
                mask.update(s.document().mask().bounds());
            }
        }, e -> vm.messageProperty().set("Can't show the mask: " + e.getMessage()));
    }

    DisplayLevels photo() {
        return photo;
    }

    /** The tint, or null until its buffers arrive. */
    MaskOverlay mask() {
        return mask;
    }
}
