package app.refill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesStoreTest {
    @Test
    void theListSurvivesARestartNewestFirstWithoutDuplicatesAndCapped(@TempDir Path dir) {
        Path file = dir.resolve("cfg/recent-files.txt");
        RecentFilesStore store = new RecentFilesStore(file);
        for (int i = 0; i < 12; i++) {
            store.add(dir.resolve("p" + i + ".jpg"));
        }
        store.add(dir.resolve("p5.jpg"));
        store.remove(dir.resolve("p11.jpg"));
        List<Path> reloaded = new RecentFilesStore(file).list();
        assertEquals(9, reloaded.size());
        assertEquals(dir.resolve("p5.jpg").toAbsolutePath().normalize(), reloaded.get(0));
        assertEquals(dir.resolve("p10.jpg").toAbsolutePath().normalize(), reloaded.get(1));
    }

    @Test
    void anUnreadableListIsEmptyRatherThanFatal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("recent-files.txt");
        Files.createDirectory(file);
        assertEquals(List.of(), new RecentFilesStore(file).list());
    }
}
