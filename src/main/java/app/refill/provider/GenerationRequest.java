package app.refill.provider;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;

/**
 * What a provider sends, already planned and encoded: the image (and mask for a fill) as files, and for a
 * native expand the sides at the sent scale. Immutable; built off the UI thread.
 *
 * @param imageBytes  the encoded image
 * @param imageMime   its type ("image/jpeg" or "image/png")
 * @param maskPng     the 8-bit mask as PNG (white = regenerate), or null for an expand
 */
public record GenerationRequest(JobKind kind, byte[] imageBytes, String imageMime, byte[] maskPng, Size imageSize,
        Outsets sides, GenerationParams params) {
}
