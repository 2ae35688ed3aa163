package app.refill.provider;

import java.awt.image.BufferedImage;

/**
 * One image a provider returned: its bytes as downloaded, the seed it used (null if not reported) and the
 * cost it reported in US dollars (null if not reported).
 */
public record GeneratedImage(byte[] bytes, String contentType, Long seed, Double costUsd, String model,
        BufferedImage image) {

    /** A downloaded result: bytes to decode. */
    public GeneratedImage(byte[] bytes, String contentType, Long seed, Double costUsd, String model) {
        this(bytes, contentType, seed, costUsd, model, null);
    }

    /** A result made in this process: the pixels themselves, nothing to decode. */
    public static GeneratedImage ofPixels(BufferedImage image, Long seed, String model) {
        return new GeneratedImage(new byte[0], null, seed, 0.0, model, image);
    }
}
