package app.refill.core.doc;

import app.refill.core.geom.Outsets;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;

/**
 * Keeps a generated result: the result canvas becomes the document's image (for an expand the image grows to
 * the frame), with a clear mask and no frame, so the next mask or expand builds on it. Undo puts the previous
 * image, mask and frame back; both images are held, which the history budget counts.
 */
public record KeepResultEdit(String label, BufferedImage beforeImage, Mask beforeMask, Outsets beforeOutsets,
        String beforeGeneration, BufferedImage afterImage, String afterGeneration) implements Edit {

    /**
     * An edit that keeps {@code result} (a full canvas, TYPE_INT_ARGB_PRE) over the document's current state.
     *
     * @param generation the result's parameters text, written into files saved from it
     */
    public static KeepResultEdit of(Document doc, BufferedImage result, String generation, String label) {
        return new KeepResultEdit(label, doc.image(), doc.mask(), doc.outsets(), doc.generation().orElse(null),
                result, generation);
    }

    @Override
    public DocumentChange apply(Document doc) {
        doc.setContent(afterImage, new Mask(afterImage.getWidth(), afterImage.getHeight()), Outsets.NONE, afterGeneration);
        return new DocumentChange.ContentReplaced();
    }

    @Override
    public DocumentChange revert(Document doc) {
        doc.setContent(beforeImage, beforeMask, beforeOutsets, beforeGeneration);
        return new DocumentChange.ContentReplaced();
    }

    @Override
    public long byteSize() {
        long before = (long) beforeImage.getWidth() * beforeImage.getHeight();
        long after = (long) afterImage.getWidth() * afterImage.getHeight();
        return before * 5 + after * 5;
    }
}
