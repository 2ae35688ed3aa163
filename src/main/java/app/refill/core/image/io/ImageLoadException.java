package app.refill.core.image.io;

/** A file could not be opened as an image. The message names the file and says why, in the user's terms. */
public final class ImageLoadException extends Exception {
    public ImageLoadException(String message) {
        super(message);
    }

    public ImageLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
