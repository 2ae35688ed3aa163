package app.refill.core.doc;

import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.Optional;

/**
 * An open picture: the upright source image (TYPE_INT_ARGB_PRE, never modified in place) and its inpainting
 * mask of the same size. Keeping a result replaces the image as a whole (the old one stays untouched for undo
 * and for jobs that still work from it). Changed only through {@link Edit}s performed by an {@link EditorSession}; read and
 * written on the session's thread only.
 */
public final class Document {
    private BufferedImage image;
    private Mask mask;
    private final String name;
    private final Path source;
    private Outsets outsets = Outsets.NONE;
    private String generation;
    /** Every image this document has shown (kept results, undone keeps), held weakly: which jobs belong to it. */
    private final Set<BufferedImage> shown = Collections.newSetFromMap(new WeakHashMap<>());

    public Document(BufferedImage image, String name, Path source) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("document images are TYPE_INT_ARGB_PRE");
        }
        this.image = image;
        this.shown.add(image);
        this.mask = new Mask(image.getWidth(), image.getHeight());
        this.name = name;
        this.source = source;
    }

    /**
     * A document as a project file kept it: image, mask, frame, how the image was generated, and the earlier
     * images its jobs were submitted on (so they still belong to it).
     */
    public static Document restored(BufferedImage image, Mask mask, Outsets outsets, String generation, String name,
            Path source, Collection<BufferedImage> earlier) {
        Document d = new Document(image, name, source);
        d.setContent(image, mask, outsets, generation);
        d.shown.addAll(earlier);
        return d;
    }

    public BufferedImage image() {
        return image;
    }

    /**
     * True if {@code img} is this document's image now or was at some point (before a keep, or after an undone
     * one): a job submitted on it belongs to this picture. By identity; images are never modified in place.
     */
    public boolean hasShown(BufferedImage img) {
        return shown.contains(img);
    }

    /** The image's premultiplied ARGB pixels, row-major; shared with the canvas, never written. */
    public int[] imagePixels() {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    public Mask mask() {
        return mask;
    }

    public Size size() {
        return new Size(image.getWidth(), image.getHeight());
    }

    /** The outpaint frame around the image; {@link Outsets#NONE} when the canvas is just the image. */
    public Outsets outsets() {
        return outsets;
    }

    void setOutsets(Outsets outsets) {
        this.outsets = outsets;
    }

    /** How the image was generated (the kept result's parameters text), for the metadata of saved files. */
    public Optional<String> generation() {
        return Optional.ofNullable(generation);
    }

    void setContent(BufferedImage newImage, Mask newMask, Outsets newOutsets, String newGeneration) {
        if (newImage.getType() != BufferedImage.TYPE_INT_ARGB_PRE || newMask.width() != newImage.getWidth()
                || newMask.height() != newImage.getHeight()) {
            throw new IllegalArgumentException("image and mask must be TYPE_INT_ARGB_PRE and the same size");
        }
        this.image = newImage;
        this.shown.add(newImage);
        this.mask = newMask;
        this.outsets = newOutsets;
        this.generation = newGeneration;
    }

    /** The canvas a job works on: the image plus the frame. */
    public Size canvasSize() {
        return outsets.canvasOf(size());
    }

    /** A frame larger than the image makes an expand job; otherwise the job fills the mask. */
    public JobKind jobKind() {
        return outsets.isNone() ? JobKind.FILL : JobKind.EXPAND;
    }

    /**
     * The mask over the whole canvas: the painted mask where the image is, white (regenerate) on the frame's
     * border. This is what providers that expand by filling receive.
     */
    public Mask canvasMask() {
        return mask.onCanvas(outsets, 255, true);
    }

    /** Display name: the file name, or "Pasted image". */
    public String name() {
        return name;
    }

    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }
}
