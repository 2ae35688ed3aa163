package app.refill.core.doc;

import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;

/** What an edit changed, so views repaint only that. */
public sealed interface DocumentChange {
    /** Mask pixels inside {@code rect} may have changed. */
    record MaskChanged(PixelRect rect) implements DocumentChange {
    }

    /** The outpaint frame changed. */
    record FrameChanged(Outsets outsets) implements DocumentChange {
    }

    /** The image, mask and frame were replaced as a whole (a kept result, or its undo). */
    record ContentReplaced() implements DocumentChange {
    }
}
