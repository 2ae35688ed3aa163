package app.refill.core.doc;

/** What a generation job does with the document: regenerate the masked area, or extend the canvas. */
public enum JobKind {
    FILL, EXPAND
}
