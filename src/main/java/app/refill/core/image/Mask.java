package app.refill.core.image;

import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Size;
import java.util.Arrays;

/**
 * The inpainting mask: one byte of coverage per canvas pixel, row-major. 255 (white) = regenerate,
 * 0 (black) = keep, values between are partial (feathered) coverage. Mutable; lives on the owning (FX)
 * thread, workers get {@link #copy()}.
 */
public final class Mask {
    private final int width;
    private final int height;
    private byte[] data;
    /**
     * Whether {@link #data} may also be another mask's (a snapshot's): it is then never written again, and
     * the first write gives this mask a private copy.
     */
    private boolean shared;
    /** Made blank and never written since: clear without reading a pixel. */
    private boolean knownClear;

    public Mask(int width, int height) {
        this(width, height, new byte[Math.multiplyExact(width, height)]);
        knownClear = true;
    }

    public Mask(int width, int height, byte[] data) {
        if (width <= 0 || height <= 0 || data.length != (long) width * height) {
            throw new IllegalArgumentException("mask data does not match " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.data = data;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Size size() {
        return new Size(width, height);
    }

    public PixelRect bounds() {
        return new PixelRect(0, 0, width, height);
    }

    /**
     * The backing array (row-major, {@code width} bytes per row), to read only: it may be a snapshot's too.
     * Writers use {@link #writableRaw()}.
     */
    public byte[] raw() {
        return data;
    }

    /**
     * The backing array, to write into (this mask's own: a shared one is copied first). Writers must report
     * what they touch.
     */
    public byte[] writableRaw() {
        knownClear = false;
        if (shared) {
            data = data.clone();
            shared = false;
        }
        return data;
    }

    /**
     * True when this mask was made blank and nothing has written it since, so it is clear without reading its
     * pixels; false says nothing either way (a mask made from pixels, or written, may still be clear).
     */
    public boolean isKnownClear() {
        return knownClear;
    }

    /**
     * An unchanging copy of this mask, at no cost now: the two share their pixels until either is written, and
     * the writer copies them then. A job's snapshot of a 24 MP mask costs the UI thread nothing at submit, and
     * {@link #sharedPixels()} lets a worker make the copy before the next stroke needs it.
     */
    public Mask snapshot() {
        shared = true;
        Mask s = new Mask(width, height, data);
        s.shared = true;
        return s;
    }

    /** The pixels this mask shares with a snapshot (to copy on a worker, for {@link #adopt}), or null. */
    public byte[] sharedPixels() {
        return shared ? data : null;
    }

    /**
     * Takes {@code copy}, a copy of {@code shared} made off this thread, as this mask's own pixels, unless this
     * mask has written (and so copied) them meanwhile. Returns whether it did.
     */
    public boolean adopt(byte[] shared, byte[] copy) {
        if (!this.shared || data != shared || copy.length != data.length) {
            return false;
        }
        data = copy;
        this.shared = false;
        return true;
    }

    public int get(int x, int y) {
        return data[y * width + x] & 0xff;
    }

    public void set(int x, int y, int value) {
        writableRaw()[y * width + x] = (byte) value;
    }

    /**
     * This mask placed on the canvas the frame {@code o} makes, every frame pixel set to {@code border}
     * (255 for the canvas mask a fill-based expand sends, 0 to keep the painted mask out of it).
     */
    public Mask onCanvas(Outsets o, int border, boolean keepInside) {
        if (o.isNone() && keepInside) {
            return copy();
        }
        Size canvas = o.canvasOf(size());
        Mask out = new Mask(canvas.width(), canvas.height());
        out.fill(border);
        out.write(o.imageRectIn(size()), keepInside ? data.clone() : new byte[data.length]);
        return out;
    }

    public Mask copy() {
        return new Mask(width, height, data.clone());
    }

    /** Copies the pixels of {@code r} (which must lie inside the mask) into a new row-major array. */
    public byte[] read(PixelRect r) {
        byte[] out = new byte[Math.toIntExact(r.area())];
        for (int row = 0; row < r.height(); row++) {
            System.arraycopy(data, (r.y() + row) * width + r.x(), out, row * r.width(), r.width());
        }
        return out;
    }

    /** Writes a row-major block of {@code r}'s size back into the mask. */
    public void write(PixelRect r, byte[] block) {
        if (block.length != r.area()) {
            throw new IllegalArgumentException("block does not match " + r);
        }
        byte[] to = writableRaw();
        for (int row = 0; row < r.height(); row++) {
            System.arraycopy(block, row * r.width(), to, (r.y() + row) * width + r.x(), r.width());
        }
    }

    public void fill(int value) {
        Arrays.fill(writableRaw(), (byte) value);
    }

    /** Number of pixels with any coverage. */
    public long coveredCount() {
        long n = 0;
        for (byte b : data) {
            if (b != 0) {
                n++;
            }
        }
        return n;
    }

    /** Smallest rectangle holding every covered pixel; empty when nothing is covered. */
    public PixelRect coveredBounds() {
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int first = -1;
            for (int x = 0; x < width; x++) {
                if (data[row + x] != 0) {
                    first = x;
                    break;
                }
            }
            if (first < 0) {
                continue;
            }
            int last = first;
            for (int x = width - 1; x > first; x--) {
                if (data[row + x] != 0) {
                    last = x;
                    break;
                }
            }
            minX = Math.min(minX, first);
            maxX = Math.max(maxX, last);
            minY = Math.min(minY, y);
            maxY = y;
        }
        return maxX < 0 ? PixelRect.EMPTY : PixelRect.ofCorners(minX, minY, maxX + 1, maxY + 1);
    }

    public boolean sameContent(Mask o) {
        return o.width == width && o.height == height && Arrays.equals(o.data, data);
    }
}
