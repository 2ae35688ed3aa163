package app.refill.ui;

import app.refill.core.doc.EditorSession;
import app.refill.core.doc.MaskPatchEdit;
import app.refill.core.image.Mask;
import java.util.Optional;

/**
 * The Mask menu's commands (invert, clear, grow, shrink, feather) and anything else that replaces the whole
 * mask (an imported file): each is computed on a worker from a snapshot and applied as one undo step. UI
 * thread only.
 */
public final class MaskCommands {
    private final EditorViewModel editor;
    private final Background background;
    private final UserDialogs dialogs;

    MaskCommands(EditorViewModel editor, Background background, UserDialogs dialogs) {
        this.editor = editor;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Runs {@code op}, first asking by how many pixels if it takes a number. */
    public void runWithDialog(MaskOperation op) {
        if (editor.getSession() == null) {
            return;
        }
        if (!op.takesPixels()) {
            run(op, 0);
            return;
        }
        dialogs.askPixels(op.label(), op.label() + " by how many pixels (1–500)?", 8).ifPresent(n -> run(op, n));
    }

    /** Computes the operation on a copy of the mask in the background and applies it as one undo step. */
    public void run(MaskOperation op, int pixels) {
        int n = Math.max(0, Math.min(500, pixels));
        String label = op.label() + (op.takesPixels() ? " " + n + " px" : "");
        EditorSession s = editor.getSession();
        if (s != null) {
            replace(s, label, copy -> op.apply(copy, n));
        }
    }

    /**
     * Replaces the mask with {@code compute(copy of the mask)} as one undo step. The new mask and the undo
     * patch are computed on a worker; if the mask changed meanwhile (a stroke), it is computed again.
     */
    void replace(EditorSession s, String label, MaskFunction compute) {
        editor.cancelTool(editor.toolProperty().get());
        Mask snapshot = MaskCopyAhead.snapshot(s.document().mask(), background);
        long version = s.maskVersion();
        editor.messageProperty().set(label + "…");
        background.run(() -> Optional.ofNullable(MaskPatchEdit.between(label, snapshot, compute.apply(snapshot.copy()))),
                edit -> {
                    if (s != editor.getSession()) {
                        return;
                    }
                    if (s.maskVersion() != version) {
                        replace(s, label, compute);
                        return;
                    }
                    edit.ifPresent(s::perform);
                    editor.messageProperty().set(edit.isPresent() ? label + "." : label + ": nothing to change.");
                },
                e -> editor.fail(label, e));
    }

    @FunctionalInterface
    interface MaskFunction {
        Mask apply(Mask copy) throws Exception;
    }
}
