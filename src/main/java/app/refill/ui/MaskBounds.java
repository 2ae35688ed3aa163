package app.refill.ui;

import app.refill.core.doc.DocumentChange;
import app.refill.core.doc.EditorSession;
import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The painted mask's bounding box, kept current for the "what will be sent" line: grown by what each change
 * covers while a stroke runs (a dab's rectangle is scanned on the spot), and measured exactly on a worker after each
 * finished edit. Only the old box and the rectangles changed since can hold coverage, so only they are copied
 * on the UI thread (a stroke on a 24 MP photo copies its neighbourhood, not 24 MB). One measurement at a
 * time; a change meanwhile measures again. UI thread only.
 */
final class MaskBounds {
    private final Background background;
    private final ReadOnlyObjectWrapper<PixelRect> bounds = new ReadOnlyObjectWrapper<>(PixelRect.EMPTY);
    private EditorSession session;
    private boolean measuring;
    private boolean again;
    /** Where the mask may have changed since the last measurement. */
    private PixelRect changed = PixelRect.EMPTY;

    MaskBounds(Background background) {
        this.background = background;
    }

    void follow(EditorSession s) {
        session = s;
        bounds.set(PixelRect.EMPTY);
        if (s == null) {
            return;
        }
        changed = PixelRect.EMPTY;
        s.addChangeListener(change -> {
            if (s != session) {
                return;
            }
            if (change instanceof DocumentChange.MaskChanged m && !m.rect().isEmpty()) {
                // grow by what the change covers (a dab's few thousand bytes); shrinking waits for the measure
                PixelRect r = m.rect().intersect(s.document().mask().bounds());
                bounds.set(bounds.get().union(covered(s.document().mask().read(r), r)));
                changed = changed.union(r);
            } else if (change instanceof DocumentChange.ContentReplaced) {
                changed = s.document().mask().bounds();
                measure();
            }
        });
        s.history().addListener(this::measure);
        // an opened photo's mask is new and clear: nothing to read, and a 24 MP one is not copied to find out
        if (!s.document().mask().isKnownClear()) {
            measureOpened(s);
        }
    }

    /**
     * A project brings its painted mask: without this the panel said "Paint a mask" over it until the next
     * stroke. It is measured whole on a worker, from a snapshot that costs the UI thread nothing; a stroke
     * finished meanwhile is measured again after it, within the bounds so far.
     */
    private void measureOpened(EditorSession s) {
        Mask opened = MaskCopyAhead.snapshot(s.document().mask(), background);
        measuring = true;
        background.run(opened::coveredBounds, b -> {
            if (s == session) {
                bounds.set(bounds.get().union(b));
            }
            done(s, bounds.get());
        }, e -> done(s, bounds.get()));
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
        Mask mask = s.document().mask();
        PixelRect region = bounds.get().union(changed).intersect(mask.bounds());
        changed = PixelRect.EMPTY;
        if (region.isEmpty()) {
            done(s, PixelRect.EMPTY);
            return;
        }
        byte[] block = mask.read(region);
        background.run(() -> covered(block, region), b -> done(s, b), e -> done(s, bounds.get()));
    }

    /** The covered bounds, in mask space, of {@code block}, a copy of the mask's {@code region}. */
    private static PixelRect covered(byte[] block, PixelRect region) {
        PixelRect b = region.isEmpty() ? PixelRect.EMPTY : new Mask(region.width(), region.height(), block).coveredBounds();
        return b.isEmpty() ? b : new PixelRect(b.x() + region.x(), b.y() + region.y(), b.width(), b.height());
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
