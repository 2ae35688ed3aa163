package app.refill.core.doc;

import java.util.Optional;

/**
 * One undoable change to a {@link Document}, as an immutable value: {@code apply} and {@code revert} move the
 * document between the states before and after. Only {@link EditorSession} calls them.
 */
public interface Edit {
    DocumentChange apply(Document doc);

    DocumentChange revert(Document doc);

    /** Short label for menus, e.g. "Brush stroke". */
    String label();

    /** Memory this edit holds, counted against the history budget. */
    long byteSize();

    /** A single edit equivalent to this one followed by {@code next}, when the two belong together (drags). */
    default Optional<Edit> mergeWith(Edit next) {
        return Optional.empty();
    }
}
