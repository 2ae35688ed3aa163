package app.refill.core.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {
    /** Sets one mask pixel; a fixed byte size so budgets are exact. */
    private record SetPixel(int x, int value, int before, long size) implements Edit {
        @Override
        public DocumentChange apply(Document d) {
            d.mask().set(x, 0, value);
            return new DocumentChange.MaskChanged(new PixelRect(x, 0, 1, 1));
        }

        @Override
        public DocumentChange revert(Document d) {
            d.mask().set(x, 0, before);
            return new DocumentChange.MaskChanged(new PixelRect(x, 0, 1, 1));
        }

        @Override
        public String label() {
            return "set " + x;
        }

        @Override
        public long byteSize() {
            return size;
        }
    }

    /** Edits that merge with the next one of the same pixel, like successive changes of one drag. */
    private record Drag(int value, int before) implements Edit {
        @Override
        public DocumentChange apply(Document d) {
            d.mask().set(0, 0, value);
            return new DocumentChange.MaskChanged(new PixelRect(0, 0, 1, 1));
        }

        @Override
        public DocumentChange revert(Document d) {
            d.mask().set(0, 0, before);
            return new DocumentChange.MaskChanged(new PixelRect(0, 0, 1, 1));
        }

        @Override
        public String label() {
            return "drag";
        }

        @Override
        public long byteSize() {
            return 10;
        }

        @Override
        public Optional<Edit> mergeWith(Edit next) {
            return next instanceof Drag n ? Optional.of(new Drag(n.value, before)) : Optional.empty();
        }
    }

    @Test
    void undoAndRedoMoveBetweenStatesAndReportWhatChanged() {
        EditorSession s = TestDocs.session(4, 1);
        List<DocumentChange> seen = new ArrayList<>();
        s.addChangeListener(seen::add);
        s.perform(new SetPixel(1, 200, 0, 10));
        s.perform(new SetPixel(2, 100, 0, 10));
        assertTrue(s.undo());
        assertEquals(0, s.document().mask().get(2, 0));
        assertEquals(200, s.document().mask().get(1, 0));
        assertTrue(s.redo());
        assertEquals(100, s.document().mask().get(2, 0));
        assertFalse(s.redo());
        assertEquals(4, seen.size());
        assertEquals(new DocumentChange.MaskChanged(new PixelRect(2, 0, 1, 1)), seen.get(3));
    }

    @Test
    void aNewEditClearsRedo() {
        EditorSession s = TestDocs.session(4, 1);
        s.perform(new SetPixel(1, 200, 0, 10));
        s.undo();
        s.perform(new SetPixel(2, 50, 0, 10));
        assertFalse(s.history().canRedo());
        assertEquals(1, s.history().undoCount());
    }

    @Test
    void budgetDropsTheOldestEditsButKeepsTheNewest() {
        EditorSession s = new EditorSession(TestDocs.blank(4, 1), 25);
        s.perform(new SetPixel(0, 1, 0, 10));
        s.perform(new SetPixel(1, 1, 0, 10));
        s.perform(new SetPixel(2, 1, 0, 10));
        assertEquals(2, s.history().undoCount());
        assertEquals(20, s.history().byteSize());
        s.perform(new SetPixel(3, 1, 0, 1000));
        assertEquals(1, s.history().undoCount());
        assertEquals(1000, s.history().byteSize());
    }

    @Test
    void dirtyFollowsTheSavedMarkThroughUndoAndRedo() {
        EditorSession s = TestDocs.session(4, 1);
        assertFalse(s.isDirty());
        s.perform(new SetPixel(0, 9, 0, 10));
        assertTrue(s.isDirty());
        s.markSaved();
        assertFalse(s.isDirty());
        s.undo();
        assertTrue(s.isDirty());
        s.redo();
        assertFalse(s.isDirty());
        s.undo();
        s.perform(new SetPixel(1, 9, 0, 10));
        assertTrue(s.isDirty());
        s.undo();
        assertTrue(s.isDirty(), "the saved state was on the discarded redo branch");
    }

    @Test
    void successiveDragEditsMergeIntoOneUndoStep() {
        EditorSession s = TestDocs.session(2, 1);
        s.perform(new Drag(10, 0));
        s.perform(new Drag(20, 10));
        s.perform(new Drag(30, 20));
        assertEquals(1, s.history().undoCount());
        s.undo();
        assertEquals(0, s.document().mask().get(0, 0));
    }

    @Test
    void editsAreRefusedWhileUndoing() {
        EditorSession s = TestDocs.session(2, 1);
        s.perform(new Edit() {
            @Override
            public DocumentChange apply(Document d) {
                return new DocumentChange.MaskChanged(PixelRect.EMPTY);
            }

            @Override
            public DocumentChange revert(Document d) {
                s.perform(new SetPixel(0, 1, 0, 1));
                return new DocumentChange.MaskChanged(PixelRect.EMPTY);
            }

            @Override
            public String label() {
                return "reentrant";
            }

            @Override
            public long byteSize() {
                return 1;
            }
        });
        assertThrows(IllegalStateException.class, s::undo);
    }
}
