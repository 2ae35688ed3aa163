package app.refill.core.plan;

import app.refill.core.geom.Size;
import java.util.Arrays;

/**
 * A small picture of a job or a result for panels: premultiplied ARGB, {@code width} per row. Built on a
 * worker by sampling the canvas (4 samples a pixel), so its cost does not depend on the photo's size.
 *
 * <p>Two thumbnails are equal when their pixels are. A record's own {@code equals} would compare the array
 * by reference, and its generated methods link a method-handle bootstrap on their first call: that was 3-4
 * ms of the first job's frame on the UI thread, where the panels key their images by thumbnail.
 */
public record Thumbnail(int width, int height, int[] argb) {
    /** Mask tint of job thumbnails: the regenerated area (and the frame's border) in the editor's pink. */
    private static final int TINT = 0xff_ff2d55;

    /** The result over the original it was pasted onto. */
    public static Thumbnail ofResult(DocumentSnapshot doc, PastedResult result, int maxSide) {
        OriginalOnCanvas original = new OriginalOnCanvas(doc);
        return sample(doc.canvasSize(), maxSide, (x, y) -> result.pixel(x, y, original));
    }

    /** What a job regenerates: the original with the mask (and the frame's border) tinted. */
    public static Thumbnail ofJob(DocumentSnapshot doc, int maxSide) {
        OriginalOnCanvas original = new OriginalOnCanvas(doc);
        byte[] mask = doc.mask().raw();
        return sample(doc.canvasSize(), maxSide, (x, y) -> {
            if (!original.inImage(x, y)) {
                return TINT;
            }
            return PasteBack.mix(TINT, original.pixel(x, y), (mask[original.index(x, y)] & 0xff) / 2);
        });
    }

    private interface CanvasPixel {
        int at(int x, int y);
    }

    private static Thumbnail sample(Size canvas, int maxSide, CanvasPixel pixel) {
        double scale = Math.min(1, (double) maxSide / Math.max(canvas.width(), canvas.height()));
        int w = Math.max(1, (int) Math.round(canvas.width() * scale));
        int h = Math.max(1, (int) Math.round(canvas.height() * scale));
        int[] out = new int[w * h];
        double sx = (double) canvas.width() / w;
        double sy = (double) canvas.height() / h;
        for (int ty = 0; ty < h; ty++) {
            for (int tx = 0; tx < w; tx++) {
                int a = 0;
                int r = 0;
                int g = 0;
                int b = 0;
                for (int k = 0; k < 4; k++) {
                    int x = Math.min(canvas.width() - 1, (int) ((tx + 0.25 + 0.5 * (k & 1)) * sx));
                    int y = Math.min(canvas.height() - 1, (int) ((ty + 0.25 + 0.5 * (k >> 1)) * sy));
                    int p = pixel.at(x, y);
                    a += p >>> 24;
                    r += (p >> 16) & 0xff;
                    g += (p >> 8) & 0xff;
                    b += p & 0xff;
                }
                out[ty * w + tx] = (a / 4) << 24 | (r / 4) << 16 | (g / 4) << 8 | b / 4;
            }
        }
        return new Thumbnail(w, h, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Thumbnail t && t.width == width && t.height == height && Arrays.equals(t.argb, argb);
    }

    @Override
    public int hashCode() {
        return (31 * width + height) * 31 + Arrays.hashCode(argb);
    }

    @Override
    public String toString() {
        return "Thumbnail[" + width + "x" + height + "]";
    }
}
