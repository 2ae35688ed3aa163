package app.refill.ui;

import app.refill.core.doc.EditorSession;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window shows of the shown document's history: whether it has unsaved work (the title's {@code *}),
 * what Undo and Redo would take back or do again, named as the Edit menu shows them. UI thread only.
 */
final class HistoryState {
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Refill");

    /** Reads {@code s}'s history and name again after a change. */
    void refresh(EditorSession s) {
        dirty.set(s.isDirty());
        canUndo.set(s.history().canUndo());
        canRedo.set(s.history().canRedo());
        undoLabel.set(s.history().undoLabel().orElse(null));
        redoLabel.set(s.history().redoLabel().orElse(null));
        title.set(s.document().name() + (s.isDirty() ? " *" : "") + " — Refill");
    }

    ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    /** The name of the edit Undo would take back ("Brush stroke", "Keep …"), or null. */
    ReadOnlyStringProperty undoLabel() {
        return undoLabel.getReadOnlyProperty();
    }

    /** The name of the edit Redo would do again, or null. */
    ReadOnlyStringProperty redoLabel() {
        return redoLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }
}
