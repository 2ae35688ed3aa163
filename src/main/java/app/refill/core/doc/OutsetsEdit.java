package app.refill.core.doc;

import app.refill.core.geom.Outsets;
import java.util.Optional;

/**
 * Changes the outpaint frame. Successive edits of one drag (the same {@code gesture} token, compared by
 * identity) merge into one undo step; a typed value or a preset is a gesture of its own.
 */
public record OutsetsEdit(Outsets before, Outsets after, Object gesture) implements Edit {
    @Override
    public DocumentChange apply(Document doc) {
        doc.setOutsets(after);
        return new DocumentChange.FrameChanged(after);
    }

    @Override
    public DocumentChange revert(Document doc) {
        doc.setOutsets(before);
        return new DocumentChange.FrameChanged(before);
    }

    @Override
    public String label() {
        return after.isNone() ? "Reset frame" : "Change frame";
    }

    @Override
    public long byteSize() {
        return 64;
    }

    @Override
    public Optional<Edit> mergeWith(Edit next) {
        if (next instanceof OutsetsEdit n && n.gesture == gesture) {
            return Optional.of(new OutsetsEdit(before, n.after, gesture));
        }
        return Optional.empty();
    }
}
