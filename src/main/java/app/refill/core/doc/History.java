package app.refill.core.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Undo and redo stacks of {@link Edit}s with a memory budget: when the edits held pass the budget the oldest
 * are forgotten (the newest is always kept). Tracks the saved state, so the document knows whether it is
 * dirty. Refuses new edits while an undo or redo is running. Single-threaded: the session's thread.
 */
public final class History {
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final long budgetBytes;
    private long bytes;
    /** Number of edits on the undo stack at the saved state; -1 when that state can no longer be reached. */
    private int savedDepth;
    private boolean busy;

    public History(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** Adds an edit that has already been applied. Merges it into the previous one where the edit allows. */
    void push(Edit edit) {
        if (busy) {
            throw new IllegalStateException("cannot record an edit while undoing or redoing");
        }
        clearRedo();
        Edit last = undo.peekLast();
        Optional<Edit> merged = last == null || savedDepth == undo.size() ? Optional.empty() : last.mergeWith(edit);
        if (merged.isPresent()) {
            undo.removeLast();
            bytes -= last.byteSize();
            add(merged.get());
        } else {
            add(edit);
        }
        trimToBudget();
        fire();
    }

    private void add(Edit edit) {
        undo.addLast(edit);
        bytes += edit.byteSize();
    }

    private void clearRedo() {
        if (!redo.isEmpty() && savedDepth > undo.size()) {
            savedDepth = -1;
        }
        for (Edit e : redo) {
            bytes -= e.byteSize();
        }
        redo.clear();
    }

    private void trimToBudget() {
        while (bytes > budgetBytes && undo.size() > 1) {
            bytes -= undo.removeFirst().byteSize();
            savedDepth = savedDepth <= 0 ? -1 : savedDepth - 1;
        }
    }

    Optional<DocumentChange> undo(Document doc) {
        Edit e = undo.peekLast();
        if (e == null || busy) {
            return Optional.empty();
        }
        busy = true;
        try {
            DocumentChange change = e.revert(doc);
            redo.addLast(undo.removeLast());
            return Optional.of(change);
        } finally {
            busy = false;
            fire();
        }
    }

    Optional<DocumentChange> redo(Document doc) {
        Edit e = redo.peekLast();
        if (e == null || busy) {
            return Optional.empty();
        }
        busy = true;
        try {
            DocumentChange change = e.apply(doc);
            undo.addLast(redo.removeLast());
            return Optional.of(change);
        } finally {
            busy = false;
            fire();
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The edit that undo would revert next. */
    public Optional<Edit> peekUndo() {
        return Optional.ofNullable(undo.peekLast());
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peekLast()).map(Edit::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peekLast()).map(Edit::label);
    }

    public int undoCount() {
        return undo.size();
    }

    /** Bytes held by all edits, undo and redo. */
    public long byteSize() {
        return bytes;
    }

    public long budgetBytes() {
        return budgetBytes;
    }

    public boolean isDirty() {
        return savedDepth != undo.size();
    }

    void markSaved() {
        savedDepth = undo.size();
        fire();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }
}
