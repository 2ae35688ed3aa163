package app.refill.core.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.doc.EditorSession;
import app.refill.core.doc.TestDocs;
import app.refill.core.image.MaskText;
import org.junit.jupiter.api.Test;

class MaskToolsTest {
    private BrushSettings brush = new BrushSettings(4, 1.0);
    private final EditorSession s = TestDocs.session(40, 20);

    @Test
    void aDragPaintsAContinuousStrokeThatUndoesInOneStep() {
        MaskBrushTool tool = MaskBrushTool.brush(() -> brush);
        tool.pressed(s, Pointer.at(5, 10));
        tool.dragged(s, Pointer.at(20, 10));
        tool.released(s, Pointer.at(35, 10));
        for (int x = 4; x < 35; x++) {
            assertEquals(255, s.document().mask().get(x, 10), "gap at x=" + x);
        }
        assertEquals(0, s.document().mask().get(20, 14));
        assertEquals(1, s.history().undoCount());
        s.undo();
        assertEquals(0, s.document().mask().coveredCount());
    }

    @Test
    void shiftClickDrawsAStraightLineFromTheEndOfTheLastStroke() {
        MaskBrushTool tool = MaskBrushTool.brush(() -> brush);
        tool.pressed(s, Pointer.at(5, 5));
        tool.released(s, Pointer.at(5, 5));
        tool.pressed(s, Pointer.at(30, 15).withShift());
        tool.released(s, Pointer.at(30, 15).withShift());
        // the point on the line half way: (17.5, 10)
        assertEquals(255, s.document().mask().get(17, 10));
        assertEquals(2, s.history().undoCount());
        s.undo();
        assertEquals(0, s.document().mask().get(17, 10));
        assertEquals(255, s.document().mask().get(5, 5));
    }

    @Test
    void eraserRemovesPaint() {
        s.document().mask().fill(255);
        MaskBrushTool eraser = MaskBrushTool.eraser(() -> brush);
        assertTrue(eraser.erases());
        eraser.pressed(s, Pointer.at(10, 10));
        eraser.released(s, Pointer.at(10, 10));
        assertEquals(0, s.document().mask().get(10, 10));
        assertEquals(800 - 12, s.document().mask().coveredCount());
    }

    @Test
    void brushSizeFollowsTheSettingsBetweenDabs() {
        MaskBrushTool tool = MaskBrushTool.brush(() -> brush);
        brush = new BrushSettings(10, 1.0);
        tool.pressed(s, Pointer.at(20, 10));
        tool.released(s, Pointer.at(20, 10));
        assertEquals(255, s.document().mask().get(16, 10));
    }

    @Test
    void rectangleAddsAndAltRectangleSubtracts() {
        EditorSession small = TestDocs.session(6, 4);
        RectangleTool rect = new RectangleTool();
        rect.pressed(small, Pointer.at(0.8, 0.2));
        rect.dragged(small, Pointer.at(3, 3));
        assertInstanceOf(ToolPreview.Outline.class, rect.preview());
        rect.released(small, Pointer.at(5.2, 3.4));
        assertEquals("""
                .####.
                .####.
                .####.
                ......
                """, MaskText.of(small.document().mask()));
        rect.pressed(small, Pointer.at(2, 0).withAlt());
        rect.released(small, Pointer.at(4, 2).withAlt());
        assertEquals("""
                .#..#.
                .#..#.
                .####.
                ......
                """, MaskText.of(small.document().mask()));
        assertEquals(ToolPreview.NONE, rect.preview());
        assertEquals(2, small.history().undoCount());
    }

    @Test
    void shiftMakesASquare() {
        EditorSession small = TestDocs.session(8, 8);
        RectangleTool rect = new RectangleTool();
        rect.pressed(small, Pointer.at(1, 1));
        rect.released(small, Pointer.at(5, 3).withShift());
        assertEquals(16, small.document().mask().coveredCount());
    }

    @Test
    void freehandLassoFillsTheClosedPath() {
        EditorSession small = TestDocs.session(6, 6);
        LassoTool lasso = new LassoTool();
        lasso.pressed(small, Pointer.at(1, 1));
        lasso.dragged(small, Pointer.at(5, 1));
        lasso.dragged(small, Pointer.at(5, 5));
        lasso.released(small, Pointer.at(1, 5));
        assertEquals(16, small.document().mask().coveredCount());
        assertEquals(1, small.history().undoCount());
    }

    @Test
    void polygonLassoClosesOnDoubleClickOrFirstCornerAndSupportsBackspace() {
        EditorSession small = TestDocs.session(6, 6);
        PolygonLassoTool poly = new PolygonLassoTool();
        poly.pressed(small, at(1, 1));
        poly.pressed(small, at(5, 1));
        poly.pressed(small, at(3, 3));
        poly.stepBack(small);
        poly.pressed(small, at(5, 5));
        poly.pressed(small, at(1, 5));
        assertTrue(poly.isDrawing());
        assertEquals(0, small.document().mask().coveredCount(), "nothing changes until the polygon closes");
        poly.pressed(small, at(1.2, 1.1));
        assertFalse(poly.isDrawing());
        assertEquals(16, small.document().mask().coveredCount());

        poly.pressed(small, at(0, 0).withAlt());
        poly.pressed(small, at(3, 0));
        poly.pressed(small, at(3, 6));
        poly.pressed(small, at(0, 6));
        poly.pressed(small, at(0, 6).withClicks(2));
        assertEquals(8, small.document().mask().coveredCount());
    }

    @Test
    void polygonCommitWithEnterAndEscapeAbandons() {
        EditorSession small = TestDocs.session(6, 6);
        PolygonLassoTool poly = new PolygonLassoTool();
        poly.pressed(small, Pointer.at(0, 0));
        poly.pressed(small, Pointer.at(6, 0));
        poly.cancel(small);
        assertEquals(ToolPreview.NONE, poly.preview());
        poly.pressed(small, Pointer.at(0, 0));
        poly.pressed(small, Pointer.at(6, 0));
        poly.pressed(small, Pointer.at(6, 6));
        poly.commit(small);
        assertEquals(21, small.document().mask().coveredCount());
    }

    /** A pointer at 1000 % zoom, so the close-on-first-corner tolerance is 0.8 image px. */
    private static Pointer at(double x, double y) {
        return new Pointer(x, y, false, false, 1, 0.1);
    }

    @Test
    void brushSizeStepsAndClamps() {
        assertEquals(11, new BrushSettings(10, 1).stepSize(1).size());
        assertEquals(110, new BrushSettings(100, 1).stepSize(1).size());
        assertEquals(1, new BrushSettings(1, 1).stepSize(-1).size());
        assertEquals(1000, new BrushSettings(5000, 1).size());
        assertEquals(0, new BrushSettings(10, -3).hardness());
    }
}
