package app.refill.core.tool;

import app.refill.core.doc.EditorSession;

/**
 * A mask tool as a small strategy: it receives pointer events in image space and changes the document only
 * through the session (strokes and edits). Runs on the session's thread.
 */
public interface Tool {
    void pressed(EditorSession session, Pointer p);

    void dragged(EditorSession session, Pointer p);

    void released(EditorSession session, Pointer p);

    /** Pointer moved with no button down (rubber bands). */
    default void moved(EditorSession session, Pointer p) {
    }

    /** Enter: finish what the tool has started (polygon lasso). */
    default void commit(EditorSession session) {
    }

    /** Backspace: take back the last step of an unfinished shape. */
    default void stepBack(EditorSession session) {
    }

    /** Escape, tool switch or document switch: abandon anything unfinished without changing the document. */
    void cancel(EditorSession session);

    default ToolPreview preview() {
        return ToolPreview.NONE;
    }
}
