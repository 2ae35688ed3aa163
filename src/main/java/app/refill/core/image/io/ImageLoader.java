package app.refill.core.image.io;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes image files into upright TYPE_INT_ARGB_PRE pixels: PNG, JPEG (RGB, CMYK, YCCK through
 * TwelveMonkeys), WebP, TIFF (8 and 16 bit), BMP and GIF (first frame). The declared size is read from the
 * header and checked against the pixel limit and the free heap before any pixel is decoded, so a huge or
 * hostile file is refused quickly instead of exhausting memory. Thread-safe; call off the UI thread.
 */
public final class ImageLoader {
    public static final long DEFAULT_MAX_PIXELS = 150_000_000L;
    static final String SUPPORTED = "PNG, JPEG, WebP, TIFF, BMP or GIF";
    /** Bytes per pixel a load needs at its peak: the decoded raster plus the upright ARGB copy, with slack. */
    private static final int PEAK_BYTES_PER_PIXEL = 10;

    private final long maxPixels;
    private final LongSupplier availableHeap;

    public ImageLoader() {
        this(DEFAULT_MAX_PIXELS, ImageLoader::availableHeap);
    }

    public ImageLoader(long maxPixels, LongSupplier availableHeap) {
        this.maxPixels = maxPixels;
        this.availableHeap = availableHeap;
        ImageIO.scanForPlugins();
    }

    public LoadedImage load(Path file) throws ImageLoadException {
        String name = String.valueOf(file.getFileName());
        long bytes = sizeOf(file, name);
        if (bytes == 0) {
            throw new ImageLoadException("Refill can't open \"" + name + "\": the file is empty (0 bytes). "
                    + "Choose another file, or export the image again from the program that made it.");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new ImageLoadException("Refill can't read \"" + name + "\".");
            }
            int orientation = readOrientation(file);
            return decode(in, name, orientation);
        } catch (IOException e) {
            throw damaged(name, e);
        }
    }

    /** Decodes an in-memory image (for example one pasted from the clipboard). */
    public LoadedImage load(InputStream stream, String name) throws ImageLoadException {
        try (ImageInputStream in = ImageIO.createImageInputStream(stream)) {
            return decode(in, name, 1);
        } catch (IOException e) {
            throw damaged(name, e);
        }
    }

    private LoadedImage decode(ImageInputStream in, String name, int orientation) throws ImageLoadException, IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new ImageLoadException("Refill can't open \"" + name + "\": it is not an image format Refill "
                    + "can read, or the file is damaged. Refill opens " + SUPPORTED + " files.");
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            int w;
            int h;
            try {
                w = reader.getWidth(0);
                h = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw damaged(name, e);
            }
            checkSize(name, w, h);
            RowStreamingConverter streaming = orientation == 1 ? new RowStreamingConverter(w, h) : null;
            if (streaming != null) {
                reader.addIIOReadUpdateListener(streaming);
            }
            BufferedImage img;
            try {
                img = reader.read(0);
            } catch (IOException | RuntimeException e) {
                throw damaged(name, e);
            } catch (OutOfMemoryError e) {
                throw new ImageLoadException("Refill ran out of memory opening \"" + name + "\" (" + w + " x " + h
                        + "). Close other documents or give Refill more memory.", e);
            }
            for (String warning : warnings) {
                if (looksTruncated(warning)) {
                    throw new ImageLoadException("Refill can't open \"" + name + "\": the file is truncated "
                            + "(it ends before the image data does). The download or copy was probably "
                            + "interrupted; get the file again.");
                }
            }
            BufferedImage converted = streaming == null ? null : streaming.finish(img);
            return new LoadedImage(converted != null ? converted : upright(img, orientation),
                    reader.getFormatName().toUpperCase(Locale.ROOT), orientation);
        } finally {
            reader.dispose();
        }
    }

    private void checkSize(String name, int w, int h) throws ImageLoadException {
        long pixels = (long) w * h;
        if (w <= 0 || h <= 0) {
            throw new ImageLoadException("Refill can't open \"" + name + "\": its header declares an empty size ("
                    + w + " x " + h + "). The file is damaged.");
        }
        if (pixels > maxPixels) {
            throw new ImageLoadException(String.format(Locale.ROOT,
                    "Refill can't open \"%s\": it is %d x %d (%.1f megapixels), more than the limit of %.0f "
                            + "megapixels. Scale it down in another program first.",
                    name, w, h, pixels / 1e6, maxPixels / 1e6));
        }
        long needed = pixels * PEAK_BYTES_PER_PIXEL;
        if (needed > availableHeap.getAsLong()) {
            throw new ImageLoadException(String.format(Locale.ROOT,
                    "Refill can't open \"%s\" (%d x %d, %.1f megapixels): it needs about %d MB of memory and "
                            + "only %d MB is free. Close other documents, or start Refill with more memory "
                            + "(for example java -Xmx8g).",
                    name, w, h, pixels / 1e6, needed >> 20, availableHeap.getAsLong() >> 20));
        }
    }

    private static boolean looksTruncated(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return w.contains("premature end") || w.contains("truncat") || w.contains("end of file")
                || w.contains("corrupt");
    }

    private static ImageLoadException damaged(String name, Throwable e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean eof = e instanceof java.io.EOFException || reason.toLowerCase(Locale.ROOT).contains("end of");
        String what = eof ? "the file is truncated (it ends before the image data does)" : "the file is damaged (" + reason + ")";
        return new ImageLoadException("Refill can't open \"" + name + "\": " + what + ". Get the file again, "
                + "or re-export it from the program that made it.", e);
    }

    private static long sizeOf(Path file, String name) throws ImageLoadException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImageLoadException("\"" + name + "\" is a folder, not an image file.");
            }
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ImageLoadException("Refill can't open \"" + name + "\": the file does not exist (" + file + ").");
        } catch (AccessDeniedException e) {
            throw new ImageLoadException("Refill can't open \"" + name + "\": you don't have permission to read it.");
        } catch (IOException e) {
            throw new ImageLoadException("Refill can't open \"" + name + "\": " + e.getMessage(), e);
        }
    }

    /** EXIF orientation 1-8, or 1 when the file has none or it cannot be read. */
    static int readOrientation(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            for (ExifIFD0Directory dir : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (dir.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    int o = dir.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return o >= 1 && o <= 8 ? o : 1;
                }
            }
        } catch (Exception e) {
            // Metadata is optional: a file whose EXIF we cannot parse still opens, as stored.
        }
        return 1;
    }

    /** Any image (for example a pasted one) as a new TYPE_INT_ARGB_PRE copy, the form documents hold. */
    public static BufferedImage normalise(BufferedImage src) {
        return upright(src, 1);
    }

    /** Draws the decoded pixels upright into a new TYPE_INT_ARGB_PRE image (one pass, any source type). */
    static BufferedImage upright(BufferedImage src, int orientation) {
        if (orientation == 1) {
            BufferedImage fast = FastArgbConversion.convert(src);
            if (fast != null) {
                return fast;
            }
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = Orientation.swapsAxes(orientation);
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            AffineTransform t = Orientation.toUpright(orientation, w, h);
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static long availableHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }
}
