package app.refill.core.doc;

import java.awt.image.BufferedImage;

/** Small documents for tests. */
public final class TestDocs {
    private TestDocs() {
    }

    public static Document blank(int w, int h) {
        return new Document(new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE), "test.png", null);
    }

    public static EditorSession session(int w, int h) {
        return new EditorSession(blank(w, h));
    }
}
