package app.refill.core.image.io;

import app.refill.core.geom.Size;

/** An imported mask is not the size of the image; the UI offers to scale it. */
public final class MaskSizeMismatchException extends Exception {
    private final Size maskSize;
    private final Size imageSize;

    public MaskSizeMismatchException(String fileName, Size maskSize, Size imageSize) {
        super("The mask \"" + fileName + "\" is " + maskSize + " pixels but the image is " + imageSize
                + " pixels. Import a mask of the same size, or scale this one to the image.");
        this.maskSize = maskSize;
        this.imageSize = imageSize;
    }

    public Size maskSize() {
        return maskSize;
    }

    public Size imageSize() {
        return imageSize;
    }
}
