package app.refill.core.doc;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import app.refill.core.image.PackedBytes;

/**
 * A mask change painted live (brush, eraser, shapes): writers call {@link #beforeWrite} with the rectangle
 * they are about to change, write into {@link #mask()}, then {@link #written}. The stroke keeps a copy of
 * each 64x64 tile the first time it is touched, so when it ends it can build one {@link MaskPatchEdit} of
 * just the touched rectangle without having copied the whole mask up front.
 */
public final class MaskStroke {
    private static final int TILE = 64;

    private final EditorSession session;
    private final String label;
    private final Mask mask;
    private final int tilesX;
    private final byte[][] backups;
    private PixelRect touched = PixelRect.EMPTY;
    private boolean ended;

    MaskStroke(EditorSession session, String label) {
        this.session = session;
        this.label = label;
        this.mask = session.document().mask();
        this.tilesX = (mask.width() + TILE - 1) / TILE;
        int tilesY = (mask.height() + TILE - 1) / TILE;
        this.backups = new byte[tilesX * tilesY][];
    }

    public Mask mask() {
        return mask;
    }

    public void beforeWrite(PixelRect r) {
        PixelRect clip = r.intersect(mask.bounds());
        if (ended || clip.isEmpty()) {
            return;
        }
        for (int ty = clip.y() / TILE; ty <= (clip.bottom() - 1) / TILE; ty++) {
            for (int tx = clip.x() / TILE; tx <= (clip.right() - 1) / TILE; tx++) {
                int t = ty * tilesX + tx;
                if (backups[t] == null) {
                    backups[t] = mask.read(tileRect(tx, ty));
                }
            }
        }
        touched = touched.union(clip);
    }

    public void written(PixelRect r) {
        PixelRect clip = r.intersect(mask.bounds());
        if (!clip.isEmpty()) {
            session.strokePainted(clip);
        }
    }

    /** Ends the stroke and records it as one undo step (nothing is recorded if no pixel changed). */
    public void finish() {
        if (ended) {
            return;
        }
        ended = true;
        MaskPatchEdit edit = null;
        if (!touched.isEmpty()) {
            byte[] before = beforeBlock();
            byte[] after = mask.read(touched);
            if (!java.util.Arrays.equals(before, after)) {
                edit = new MaskPatchEdit(label, touched, PackedBytes.pack(before), PackedBytes.pack(after));
            }
        }
        session.strokeEnded(this, edit);
    }

    /** Ends the stroke and puts back every pixel it changed. */
    public void cancel() {
        if (ended) {
            return;
        }
        ended = true;
        if (!touched.isEmpty()) {
            mask.write(touched, beforeBlock());
            session.strokePainted(touched);
        }
        session.strokeEnded(this, null);
    }

    private byte[] beforeBlock() {
        byte[] block = mask.read(touched);
        int w = touched.width();
        for (int ty = touched.y() / TILE; ty <= (touched.bottom() - 1) / TILE; ty++) {
            for (int tx = touched.x() / TILE; tx <= (touched.right() - 1) / TILE; tx++) {
                byte[] backup = backups[ty * tilesX + tx];
                if (backup == null) {
                    continue;
                }
                PixelRect tile = tileRect(tx, ty);
                PixelRect part = tile.intersect(touched);
                for (int y = part.y(); y < part.bottom(); y++) {
                    System.arraycopy(backup, (y - tile.y()) * tile.width() + (part.x() - tile.x()),
                            block, (y - touched.y()) * w + (part.x() - touched.x()), part.width());
                }
            }
        }
        return block;
    }

    private PixelRect tileRect(int tx, int ty) {
        return PixelRect.ofCorners(tx * TILE, ty * TILE,
                Math.min(mask.width(), (tx + 1) * TILE), Math.min(mask.height(), (ty + 1) * TILE));
    }
}
