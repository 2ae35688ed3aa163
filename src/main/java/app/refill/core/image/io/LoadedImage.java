package app.refill.core.image.io;

import java.awt.image.BufferedImage;

/**
 * A decoded image, upright (EXIF orientation applied), as TYPE_INT_ARGB_PRE.
 *
 * @param image       the upright pixels
 * @param format      the decoder's format name, e.g. "JPEG"
 * @param orientation the EXIF orientation that was applied (1 = none)
 */
public record LoadedImage(BufferedImage image, String format, int orientation) {
}
