package app.refill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {
    @TempDir
    Path dir;

    private static final String KEY = "bfl_sk_live_0123456789abcdef";

    @Test
    void aKeyThatSlipsIntoAMessageOrAStackTraceNeverReachesTheFile() throws Exception {
        Handler h = LogFiles.install(dir, () -> List.of(KEY));
        try {
            Logger log = Logger.getLogger("app.refill.test");
            log.info("sending with x-key " + KEY);
            log.log(Level.WARNING, "failed", new IllegalStateException("header x-key: " + KEY));
        } finally {
            Logger.getLogger(LogFiles.ROOT).removeHandler(h);
            h.close();
        }
        String text = Files.readString(dir.resolve("refill-0.log"));
        assertTrue(text.contains("sending with x-key [key removed]"), text);
        assertTrue(text.contains("IllegalStateException: header x-key: [key removed]"), text);
        assertFalse(text.contains(KEY), text);
    }

    @Test
    void logsRotateAndKeepFiveFiles() throws Exception {
        Handler h = LogFiles.install(dir, List::of, 4096);
        try {
            Logger log = Logger.getLogger("app.refill.test");
            for (int i = 0; i < 400; i++) {
                log.info("line " + i + " " + "x".repeat(100));
            }
        } finally {
            Logger.getLogger(LogFiles.ROOT).removeHandler(h);
            h.close();
        }
        try (var files = Files.list(dir)) {
            List<String> logs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList();
            assertEquals(List.of("refill-0.log", "refill-1.log", "refill-2.log", "refill-3.log", "refill-4.log"), logs);
        }
        assertTrue(Files.readString(dir.resolve("refill-0.log")).contains("line 399"), "newest first");
        assertTrue(Files.size(dir.resolve("refill-1.log")) <= 4096 + 512);
    }
}
