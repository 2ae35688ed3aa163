package app.refill.ui;

import app.refill.core.doc.EditorSession;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import app.refill.core.image.io.MaskCodec;
import app.refill.core.image.io.MaskSizeMismatchException;
import java.nio.file.Path;

/**
 * The mask as a file: import (white or transparent = regenerate; another size is refused or scaled on
 * request) as one undoable step, and export as 8-bit grey PNG of the canvas. Files are read and written on
 * a worker.
 */
public final class MaskFiles {
    private final EditorViewModel editor;
    private final MaskCodec codec;
    private final Background background;
    private final UserDialogs dialogs;

    MaskFiles(EditorViewModel editor, MaskCodec codec, Background background, UserDialogs dialogs) {
        this.editor = editor;
        this.codec = codec;
        this.background = background;
        this.dialogs = dialogs;
    }

    public void importWithDialog() {
        if (editor.getSession() != null) {
            dialogs.chooseMaskToImport().ifPresent(this::importFrom);
        }
    }

    /** Replaces the mask with a file's; a size mismatch asks whether to scale. One undo step. */
    public void importFrom(Path file) {
        EditorSession s = editor.getSession();
        if (s == null) {
            return;
        }
        Size size = s.document().size();
        background.run(() -> {
            try {
                return new MaskRead(codec.read(file, size), null);
            } catch (MaskSizeMismatchException mismatch) {
                return new MaskRead(null, mismatch);
            }
        }, read -> {
            String label = "Import mask " + file.getFileName();
            if (read.mask() != null) {
                editor.masks().replace(s, label, copy -> read.mask());
            } else if (dialogs.confirmScaleMask(read.mismatch().getMessage())) {
                editor.masks().replace(s, label + " (scaled)", copy -> codec.readScaled(file, size));
            }
        }, e -> editor.fail("Can't import mask", e));
    }

    /** A mask file read in the background: the mask, or why its size does not fit (asked on the UI thread). */
    private record MaskRead(Mask mask, MaskSizeMismatchException mismatch) {
    }

    public void exportWithDialog() {
        EditorSession s = editor.getSession();
        if (s != null) {
            dialogs.chooseMaskExport(SaveViewModel.baseName(s.document().name()) + "-mask.png").ifPresent(this::exportTo);
        }
    }

    public void exportTo(Path file) {
        EditorSession s = editor.getSession();
        if (s == null) {
            return;
        }
        // with a frame the exported mask covers the whole canvas, the border white, as an expand job sees it
        Mask copy = s.document().canvasMask();
        background.run(() -> {
            codec.write(copy, file);
            return file;
        }, f -> editor.messageProperty().set("Exported mask " + f.getFileName() + " (" + copy.size() + " px)."),
                e -> editor.fail("Can't export mask", e));
    }
}
