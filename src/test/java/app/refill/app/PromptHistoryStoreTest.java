package app.refill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptHistoryStoreTest {
    @Test
    void multiLinePromptsAndBackslashesSurviveARestartNewestFirst(@TempDir Path dir) {
        Path file = dir.resolve("prompts.txt");
        PromptHistoryStore first = new PromptHistoryStore(file);
        first.add("a red sofa");
        first.add("a window\nwith rain, C:\\path\\n not a newline");
        first.add("a red sofa");
        List<String> back = new PromptHistoryStore(file).list();
        assertEquals(List.of("a red sofa", "a window\nwith rain, C:\\path\\n not a newline"), back);
    }

    @Test
    void keepsTheLastFifty(@TempDir Path dir) {
        PromptHistoryStore store = new PromptHistoryStore(dir.resolve("prompts.txt"));
        for (int i = 0; i < 60; i++) {
            store.add("prompt " + i);
        }
        List<String> back = new PromptHistoryStore(dir.resolve("prompts.txt")).list();
        assertEquals(50, back.size());
        assertEquals("prompt 59", back.get(0));
        assertEquals("prompt 10", back.get(49));
    }
}
