package app.refill.project;

import app.refill.core.geom.Outsets;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;

/**
 * The picture being worked on: the current image (TYPE_INT_ARGB_PRE), its mask and frame, and how it was
 * generated if a result was kept.
 *
 * @param source     the file it was opened from, or null (pasted)
 * @param generation the kept result's parameters text, or null
 */
public record ProjectDocument(String name, String source, BufferedImage image, Mask mask, Outsets outsets,
        String generation) {
}
