package app.refill.core.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import app.refill.core.image.MaskPainter;
import org.junit.jupiter.api.Test;

class MaskStrokeTest {
    private final MaskPainter painter = new MaskPainter();

    private void dab(MaskStroke stroke, double x, double y, int size) {
        PixelRect r = painter.dabBounds(stroke.mask(), x, y, size, 1);
        stroke.beforeWrite(r);
        painter.dab(stroke.mask(), x, y, size, 1, MaskPainter.Mode.ADD);
        stroke.written(r);
    }

    @Test
    void aStrokeIsOneUndoStepThatStoresOnlyItsBoundingRectangle() {
        EditorSession s = TestDocs.session(300, 200);
        s.document().mask().set(5, 5, 77);
        MaskStroke stroke = s.beginStroke("Brush stroke");
        dab(stroke, 100, 100, 10);
        dab(stroke, 140, 100, 10); // crosses a 64-px tile boundary
        stroke.finish();
        assertEquals(1, s.history().undoCount());
        MaskPatchEdit edit = (MaskPatchEdit) lastEdit(s);
        assertEquals(new PixelRect(95, 95, 50, 10), edit.rect());
        Mask painted = s.document().mask().copy();
        s.undo();
        assertEquals(0, s.document().mask().get(100, 100));
        assertEquals(77, s.document().mask().get(5, 5));
        assertEquals(1, s.document().mask().coveredCount());
        s.redo();
        assertTrue(painted.sameContent(s.document().mask()));
    }

    @Test
    void undoRestoresEarlierCoverageUnderTheStroke() {
        EditorSession s = TestDocs.session(100, 100);
        for (int x = 0; x < 100; x++) {
            s.document().mask().set(x, 50, 60);
        }
        MaskStroke stroke = s.beginStroke("Brush stroke");
        dab(stroke, 50, 50, 30);
        stroke.finish();
        s.undo();
        for (int x = 0; x < 100; x++) {
            assertEquals(60, s.document().mask().get(x, 50));
        }
    }

    @Test
    void cancelPutsBackEveryPixelAndRecordsNothing() {
        EditorSession s = TestDocs.session(100, 100);
        MaskStroke stroke = s.beginStroke("Brush stroke");
        dab(stroke, 50, 50, 30);
        stroke.cancel();
        assertEquals(0, s.document().mask().coveredCount());
        assertFalse(s.history().canUndo());
    }

    @Test
    void aStrokeThatChangesNothingRecordsNothing() {
        EditorSession s = TestDocs.session(50, 50);
        s.document().mask().fill(255);
        MaskStroke stroke = s.beginStroke("Brush stroke");
        dab(stroke, 25, 25, 10);
        stroke.finish();
        assertFalse(s.history().canUndo());
        assertFalse(s.isDirty());
    }

    @Test
    void performingAnotherEditFinishesTheActiveStrokeFirst() {
        EditorSession s = TestDocs.session(50, 50);
        MaskStroke stroke = s.beginStroke("Brush stroke");
        dab(stroke, 10, 10, 6);
        s.undo();
        assertEquals(0, s.document().mask().coveredCount());
        assertTrue(s.history().canRedo());
    }

    @Test
    void historyOfAHundredStrokesStaysSmall() {
        EditorSession s = TestDocs.session(2000, 1000);
        for (int i = 0; i < 100; i++) {
            MaskStroke stroke = s.beginStroke("Brush stroke");
            for (int x = 100; x < 1900; x += 10) {
                dab(stroke, x, 100 + i * 8, 64);
            }
            stroke.finish();
        }
        assertEquals(100, s.history().undoCount());
        assertTrue(s.history().byteSize() < 10_000_000, "history holds " + s.history().byteSize());
    }

    private static Edit lastEdit(EditorSession s) {
        return s.history().peekUndo().orElseThrow();
    }
}
