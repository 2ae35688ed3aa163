package app.refill.ui;

import java.nio.file.Path;
import java.util.List;

/** Where File &gt; Open Recent is remembered between runs. */
public interface RecentFiles {
    List<Path> list();

    /** Moves {@code file} to the top of the list, keeping at most ten entries. */
    void add(Path file);

    void remove(Path file);
}
