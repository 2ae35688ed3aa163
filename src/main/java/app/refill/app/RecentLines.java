package app.refill.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A most-recent-first list of lines in a plain text file in the config folder (recent files, past prompts).
 * A missing or unreadable file is an empty list and a failed write is ignored: losing a convenience list must
 * never stop the editor or interrupt the user's work. Multi-line entries are stored with escaped newlines.
 */
final class RecentLines {
    private final Path file;
    private final int max;
    private final List<String> entries = new ArrayList<>();

    RecentLines(Path file, int max) {
        this.file = file;
        this.max = max;
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && entries.size() < max) {
                        entries.add(unescape(line.strip()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
    }

    synchronized List<String> list() {
        return List.copyOf(entries);
    }

    synchronized void add(String entry) {
        entries.remove(entry);
        entries.add(0, entry);
        while (entries.size() > max) {
            entries.remove(entries.size() - 1);
        }
        save();
    }

    synchronized void remove(String entry) {
        if (entries.remove(entry)) {
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, entries.stream().map(RecentLines::escape).toList(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // see the class comment: the list is a convenience
        }
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
