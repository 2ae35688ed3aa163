package app.refill.app;

import app.refill.ui.RecentFiles;
import java.nio.file.Path;
import java.util.List;

/** The recent-files list in a plain text file in the config folder, one absolute path per line. */
public final class RecentFilesStore implements RecentFiles {
    static final int MAX = 10;
    private final RecentLines lines;

    public RecentFilesStore(Path file) {
        this.lines = new RecentLines(file, MAX);
    }

    @Override
    public List<Path> list() {
        return lines.list().stream().map(Path::of).toList();
    }

    @Override
    public void add(Path path) {
        lines.add(path.toAbsolutePath().normalize().toString());
    }

    @Override
    public void remove(Path path) {
        lines.remove(path.toAbsolutePath().normalize().toString());
    }
}
