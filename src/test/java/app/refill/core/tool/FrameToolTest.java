package app.refill.core.tool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.doc.EditorSession;
import app.refill.core.doc.JobKind;
import app.refill.core.doc.TestDocs;
import app.refill.core.geom.FrameDrag.Handle;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import org.junit.jupiter.api.Test;

class FrameToolTest {
    private final EditorSession s = TestDocs.session(400, 300);
    private final FrameTool tool = new FrameTool();

    @Test
    void oneDragIsOneUndoStepAndItsStepsMerge() {
        tool.pressed(s, Pointer.at(400, 150));
        tool.dragged(s, Pointer.at(470, 150));
        tool.dragged(s, Pointer.at(540, 150));
        tool.released(s, Pointer.at(600, 150));
        assertEquals(new Outsets(0, 192, 0, 0), s.document().outsets());
        assertEquals(JobKind.EXPAND, s.document().jobKind());
        assertEquals(new Size(592, 300), s.document().canvasSize());
        assertEquals(1, s.history().undoCount());
        s.undo();
        assertEquals(Outsets.NONE, s.document().outsets());
        assertEquals(JobKind.FILL, s.document().jobKind());
        s.redo();
        assertEquals(192, s.document().outsets().right());
    }

    @Test
    void twoDragsAreTwoSteps() {
        tool.pressed(s, Pointer.at(400, 150));
        tool.released(s, Pointer.at(470, 150));
        tool.pressed(s, Pointer.at(150, 0));
        tool.released(s, Pointer.at(150, -130));
        assertEquals(new Outsets(128, 64, 0, 0), s.document().outsets());
        assertEquals(2, s.history().undoCount());
    }

    @Test
    void handlesFollowTheFrameAndTheZoom() {
        s.perform(new app.refill.core.doc.OutsetsEdit(Outsets.NONE, new Outsets(64, 64, 64, 64), new Object()));
        assertEquals(Handle.TOP_LEFT, FrameTool.handleAt(s.document(), Pointer.at(-60, -66)).orElseThrow());
        assertEquals(Handle.RIGHT, FrameTool.handleAt(s.document(), Pointer.at(470, 100)).orElseThrow());
        assertTrue(FrameTool.handleAt(s.document(), Pointer.at(200, 100)).isEmpty());
        // at 25 % zoom one screen pixel is four image pixels, so the reach grows to 40 image pixels
        Pointer far = new Pointer(500, 100, false, false, 1, 4);
        assertEquals(Handle.RIGHT, FrameTool.handleAt(s.document(), far).orElseThrow());
    }

    @Test
    void pressingAwayFromAHandleDoesNothingAndEscapeRestores() {
        tool.pressed(s, Pointer.at(200, 150));
        tool.released(s, Pointer.at(300, 150));
        assertEquals(Outsets.NONE, s.document().outsets());
        tool.pressed(s, Pointer.at(400, 150));
        tool.dragged(s, Pointer.at(600, 150));
        tool.cancel(s);
        assertEquals(Outsets.NONE, s.document().outsets());
    }

    @Test
    void theCanvasMaskIsWhiteOnTheBorderAndThePaintedMaskInside() {
        Mask m = s.document().mask();
        m.set(10, 20, 255);
        m.set(11, 20, 77);
        tool.pressed(s, Pointer.at(0, 150));
        tool.released(s, Pointer.at(-64, 150));
        Mask canvas = s.document().canvasMask();
        assertEquals(464, canvas.width());
        assertEquals(300, canvas.height());
        assertEquals(255, canvas.get(0, 0));
        assertEquals(255, canvas.get(63, 299));
        assertEquals(0, canvas.get(64, 0));
        assertEquals(255, canvas.get(74, 20));
        assertEquals(77, canvas.get(75, 20));
        s.undo();
        assertArrayEquals(m.raw(), s.document().canvasMask().raw());
    }
}
