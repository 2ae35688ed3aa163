package app.refill.app;

import app.refill.ui.RecentFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent-files list in a plain text file in the config folder, one absolute path per line. A missing or
 * unreadable file is an empty list: losing the list must never stop the editor from starting.
 */
public final class RecentFilesStore implements RecentFiles {
    static final int MAX = 10;
    private final Path file;
    private final List<Path> entries = new ArrayList<>();

    public RecentFilesStore(Path file) {
        this.file = file;
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && entries.size() < MAX) {
                        entries.add(Path.of(line.trim()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
    }

    @Override
    public List<Path> list() {
        return List.copyOf(entries);
    }

    @Override
    public void add(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        entries.remove(abs);
        entries.add(0, abs);
        while (entries.size() > MAX) {
            entries.remove(entries.size() - 1);
        }
        save();
    }

    @Override
    public void remove(Path path) {
        if (entries.remove(path.toAbsolutePath().normalize())) {
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            List<String> lines = entries.stream().map(Path::toString).toList();
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The list is a convenience; failing to store it must not interrupt the user's work.
        }
    }
}
