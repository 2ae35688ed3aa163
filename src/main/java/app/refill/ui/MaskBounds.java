package app.refill.ui;

import app.refill.core.doc.DocumentChange;
import app.refill.core.doc.EditorSession;
import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The painted mask's bounding box, kept current for the "what will be sent" line: grown by every painted
 * rectangle while a stroke runs (cheap, may overshoot an eraser), and measured exactly on a worker after each
 * finished edit. One measurement at a time; a change meanwhile measures again. UI thread only.
 */
final class MaskBounds {
    private final Background background;
    private final ReadOnlyObjectWrapper<PixelRect> bounds = new ReadOnlyObjectWrapper<>(PixelRect.EMPTY);
    private EditorSession session;
    private boolean measuring;
    private boolean again;

    MaskBounds(Background background) {
        this.background = background;
    }

    void follow(EditorSession s) {
        session = s;
        bounds.set(PixelRect.EMPTY);
        if (s == null) {
            return;
        }
        s.addChangeListener(change -> {
            if (s != session) {
                return;
            }
            if (change instanceof DocumentChange.MaskChanged m && !m.rect().isEmpty()) {
                PixelRect b = bounds.get();
                bounds.set(b.isEmpty() ? m.rect() : b.union(m.rect()));
            } else if (change instanceof DocumentChange.ContentReplaced) {
                measure();
            }
        });
        s.history().addListener(this::measure);
        measure();
    }

    private void measure() {
        EditorSession s = session;
        if (s == null) {
            return;
        }
        if (measuring) {
            again = true;
            return;
        }
        measuring = true;
        Mask copy = s.document().mask().copy();
        background.run(copy::coveredBounds, b -> done(s, b), e -> done(s, bounds.get()));
    }

    private void done(EditorSession s, PixelRect measured) {
        measuring = false;
        if (again || s != session) {
            again = false;
            measure();
            return;
        }
        bounds.set(measured);
    }

    ReadOnlyObjectProperty<PixelRect> property() {
        return bounds.getReadOnlyProperty();
    }
}
