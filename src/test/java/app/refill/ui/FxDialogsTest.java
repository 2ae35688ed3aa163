package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the native file dialogs start: the system's choice, then beside the opened photo. */
class FxDialogsTest {
    @TempDir
    Path dir;

    @Test
    void dialogsStartInTheFolderTheEditorGivesWhileItExists() throws Exception {
        FxDialogs dialogs = new FxDialogs(() -> null);
        assertNull(dialogs.startFolder(), "nothing opened yet: the system's choice");
        dialogs.startIn(dir);
        assertEquals(dir.toFile(), dialogs.startFolder());
        Path gone = Files.createDirectory(dir.resolve("gone"));
        dialogs.startIn(gone);
        Files.delete(gone);
        assertNull(dialogs.startFolder(), "a folder deleted since: the system's choice, not an error");
    }
}
