package app.refill.core.doc;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import app.refill.core.image.PackedBytes;

/**
 * Replaces the mask pixels of one rectangle. Stores only that rectangle, before and after, run-length packed,
 * so a small stroke on a large canvas costs a few kilobytes of history.
 */
public record MaskPatchEdit(String label, PixelRect rect, PackedBytes before, PackedBytes after) implements Edit {

    /** The edit that turns {@code from} into {@code to} over the rectangle where they differ (null if equal). */
    public static MaskPatchEdit between(String label, Mask from, Mask to) {
        PixelRect changed = changedRect(from, to);
        if (changed.isEmpty()) {
            return null;
        }
        return new MaskPatchEdit(label, changed, PackedBytes.pack(from.read(changed)), PackedBytes.pack(to.read(changed)));
    }

    static PixelRect changedRect(Mask a, Mask b) {
        byte[] x = a.raw();
        byte[] y = b.raw();
        int w = a.width();
        int minX = w, minY = -1, maxX = -1, maxY = -1;
        for (int row = 0; row < a.height(); row++) {
            int base = row * w;
            int mismatch = java.util.Arrays.mismatch(x, base, base + w, y, base, base + w);
            if (mismatch < 0) {
                continue;
            }
            int last = w - 1;
            while (x[base + last] == y[base + last]) {
                last--;
            }
            minX = Math.min(minX, mismatch);
            maxX = Math.max(maxX, last);
            if (minY < 0) {
                minY = row;
            }
            maxY = row;
        }
        return maxY < 0 ? PixelRect.EMPTY : PixelRect.ofCorners(minX, minY, maxX + 1, maxY + 1);
    }

    @Override
    public DocumentChange apply(Document doc) {
        doc.mask().write(rect, after.unpack());
        return new DocumentChange.MaskChanged(rect);
    }

    @Override
    public DocumentChange revert(Document doc) {
        doc.mask().write(rect, before.unpack());
        return new DocumentChange.MaskChanged(rect);
    }

    @Override
    public long byteSize() {
        return before.byteSize() + after.byteSize() + 64;
    }
}
