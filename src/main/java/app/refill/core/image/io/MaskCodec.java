package app.refill.core.image.io;

import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Mask import and export. A mask file is read as grey: white = regenerate, black = keep, and transparent
 * pixels count as regenerate (the image is composited over white). Exports are 8-bit greyscale PNGs of exactly
 * the mask's size; feathered edges stay grey. Thread-safe; call off the UI thread.
 */
public final class MaskCodec {
    private final ImageLoader loader;

    public MaskCodec(ImageLoader loader) {
        this.loader = loader;
    }

    /** Reads a mask that must match {@code expected}. */
    public Mask read(Path file, Size expected) throws ImageLoadException, MaskSizeMismatchException {
        BufferedImage img = loader.load(file).image();
        Size actual = new Size(img.getWidth(), img.getHeight());
        if (!actual.equals(expected)) {
            throw new MaskSizeMismatchException(String.valueOf(file.getFileName()), actual, expected);
        }
        return toMask(img);
    }

    /** Reads a mask and scales it (bilinear) to {@code target} if its size differs. */
    public Mask readScaled(Path file, Size target) throws ImageLoadException {
        BufferedImage img = loader.load(file).image();
        Mask m = toMask(img);
        return m.width() == target.width() && m.height() == target.height() ? m : scale(m, target);
    }

    /** Coverage of an upright INT_ARGB_PRE image composited over white, as luma. */
    public static Mask toMask(BufferedImage argbPre) {
        int w = argbPre.getWidth();
        int h = argbPre.getHeight();
        int[] px = ((DataBufferInt) argbPre.getRaster().getDataBuffer()).getData();
        byte[] cov = new byte[w * h];
        for (int i = 0; i < cov.length; i++) {
            int p = px[i];
            int back = 255 - (p >>> 24);
            int r = ((p >> 16) & 0xff) + back;
            int g = ((p >> 8) & 0xff) + back;
            int b = (p & 0xff) + back;
            cov[i] = (byte) Math.min(255, (r * 299 + g * 587 + b * 114 + 500) / 1000);
        }
        return new Mask(w, h, cov);
    }

    static Mask scale(Mask m, Size target) {
        BufferedImage src = toGrey(m);
        BufferedImage dst = new BufferedImage(target.width(), target.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = dst.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, target.width(), target.height(), null);
        } finally {
            g.dispose();
        }
        byte[] data = ((DataBufferByte) dst.getRaster().getDataBuffer()).getData();
        return new Mask(target.width(), target.height(), data.clone());
    }

    /** Writes an 8-bit greyscale PNG (written to a temporary file first, so a failed write leaves no half file). */
    public void write(Mask mask, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".refill-mask", ".png.tmp");
        try {
            if (!ImageIO.write(toGrey(mask), "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static BufferedImage toGrey(Mask m) {
        BufferedImage img = new BufferedImage(m.width(), m.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(m.raw(), 0, data, 0, data.length);
        return img;
    }
}
