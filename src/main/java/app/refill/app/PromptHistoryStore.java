package app.refill.app;

import app.refill.ui.PromptHistory;
import java.nio.file.Path;
import java.util.List;

/** Past prompts, most recent first, in {@code prompts.txt} in the config folder (the last 50). */
final class PromptHistoryStore implements PromptHistory {
    private final RecentLines lines;

    PromptHistoryStore(Path file) {
        this.lines = new RecentLines(file, 50);
    }

    @Override
    public List<String> list() {
        return lines.list();
    }

    @Override
    public void add(String prompt) {
        lines.add(prompt);
    }
}
