package app.refill.provider;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;

/**
 * What a provider sends, already planned and encoded: the image (and mask for a fill) as files, and for a
 * native expand the sides at the sent scale. Immutable; built off the UI thread.
 *
 * @param imageBytes  the encoded image
 * @param imageMime   its type ("image/jpeg" or "image/png")
 * @param maskPng     the 8-bit mask as PNG (white = regenerate), or null for an expand
 */
public record GenerationRequest(JobKind kind, byte[] imageBytes, String imageMime, byte[] maskPng, Size imageSize,
        Outsets sides, GenerationParams params, Pixels pixels) {

    /**
     * The planned image and mask themselves, for a provider in this process (Local): encoding them to files
     * only to decode them again would cost seconds on a large canvas and blur the source patches.
     */
    public record Pixels(BufferedImage image, Mask mask) {
    }

    /** A request for a network provider: the encoded files only. */
    public GenerationRequest(JobKind kind, byte[] imageBytes, String imageMime, byte[] maskPng, Size imageSize,
            Outsets sides, GenerationParams params) {
        this(kind, imageBytes, imageMime, maskPng, imageSize, sides, params, null);
    }
}
