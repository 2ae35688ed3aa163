package app.refill.ui;

import app.refill.core.doc.EditorSession;
import java.nio.file.Path;
import java.util.Optional;

/** Where the open picture was last saved to (or opened from), so Save writes there again without asking. */
final class LastSaved {
    private EditorSession session;
    private Path path;

    /** The file for {@code s}, or empty when this picture has not been saved (then Save asks where). */
    Optional<Path> of(EditorSession s) {
        return s != null && s == session ? Optional.ofNullable(path) : Optional.empty();
    }

    void set(EditorSession s, Path p) {
        session = s;
        path = p;
    }
}
