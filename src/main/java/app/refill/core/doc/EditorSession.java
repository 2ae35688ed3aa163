package app.refill.core.doc;

import app.refill.core.geom.PixelRect;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The only way to change a {@link Document}: perform, undo and redo {@link Edit}s, or paint a live
 * {@link MaskStroke} that becomes one edit when it ends. Views subscribe to {@link DocumentChange}s.
 * Belongs to the thread that created it (the FX thread in the app); mutators assert that.
 */
public final class EditorSession {
    public static final long DEFAULT_HISTORY_BUDGET = 256L << 20;

    private final Document document;
    private final History history;
    private final List<Consumer<DocumentChange>> listeners = new ArrayList<>();
    private final Thread owner = Thread.currentThread();
    private MaskStroke activeStroke;
    private long maskVersion;

    public EditorSession(Document document, long historyBudgetBytes) {
        this.document = document;
        this.history = new History(historyBudgetBytes);
    }

    public EditorSession(Document document) {
        this(document, DEFAULT_HISTORY_BUDGET);
    }

    public Document document() {
        return document;
    }

    public History history() {
        return history;
    }

    /** Increases with every mask change; lets background mask operations detect that they are stale. */
    public long maskVersion() {
        return maskVersion;
    }

    public void perform(Edit edit) {
        assert onOwnerThread();
        finishActiveStroke();
        DocumentChange change = edit.apply(document);
        history.push(edit);
        notifyChange(change);
    }

    public boolean undo() {
        assert onOwnerThread();
        finishActiveStroke();
        return history.undo(document).map(this::notifyChange).isPresent();
    }

    public boolean redo() {
        assert onOwnerThread();
        finishActiveStroke();
        return history.redo(document).map(this::notifyChange).isPresent();
    }

    /** Starts painting directly into the mask; the stroke records what it touches for undo. */
    public MaskStroke beginStroke(String label) {
        assert onOwnerThread();
        finishActiveStroke();
        activeStroke = new MaskStroke(this, label);
        return activeStroke;
    }

    public boolean isDirty() {
        return history.isDirty();
    }

    public void markSaved() {
        history.markSaved();
    }

    public void addChangeListener(Consumer<DocumentChange> listener) {
        listeners.add(listener);
    }

    void strokeEnded(MaskStroke stroke, Edit recorded) {
        if (activeStroke == stroke) {
            activeStroke = null;
        }
        if (recorded != null) {
            history.push(recorded);
        }
    }

    void strokePainted(PixelRect rect) {
        notifyChange(new DocumentChange.MaskChanged(rect));
    }

    private void finishActiveStroke() {
        if (activeStroke != null) {
            activeStroke.finish();
        }
    }

    private DocumentChange notifyChange(DocumentChange change) {
        maskVersion++;
        for (Consumer<DocumentChange> l : List.copyOf(listeners)) {
            l.accept(change);
        }
        return change;
    }

    private boolean onOwnerThread() {
        return Thread.currentThread() == owner;
    }
}
