package app.refill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {
    @TempDir
    Path dir;

    @Test
    void noFileMeansNoKeys() throws Exception {
        assertEquals(Map.of(), new KeyFile(dir.resolve("refill")).load());
    }

    @Test
    void keysAreStoredReadableOnlyByTheUserAndSurviveEachOther() throws Exception {
        Path config = dir.resolve("config/refill");
        KeyFile f = new KeyFile(config);
        f.put("bfl", "  bfl-secret-1 ");
        f.put("fal", "id:secret");
        assertEquals(Map.of("bfl", "bfl-secret-1", "fal", "id:secret"), new KeyFile(config).load());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f.path())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
        f.remove("bfl");
        assertEquals(Map.of("fal", "id:secret"), f.load());
        try (var files = Files.list(config)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void theEnvironmentWinsOverSavedKeysAndKeysNeverPrint() {
        ApiKeys keys = new ApiKeys(Map.of("BFL_API_KEY", "from-env"), Map.of("bfl", "BFL_API_KEY", "fal", "FAL_KEY"),
                Map.of("bfl", "from-settings", "fal", "fal-saved"));
        assertEquals(new ApiKeys.Key("from-env", ApiKeys.Origin.ENVIRONMENT), keys.key("bfl").orElseThrow());
        assertEquals(new ApiKeys.Key("fal-saved", ApiKeys.Origin.SETTINGS), keys.key("fal").orElseThrow());
        assertTrue(keys.key("runware").isEmpty());
        assertFalse(keys.key("fal").orElseThrow().toString().contains("fal-saved"));
    }

    @Test
    void configFolderFollowsThePlatform() {
        Path home = dir.resolve("home");
        Path xdg = dir.resolve("xdg");
        assertEquals(xdg.resolve("refill"), AppDirs.configDir("Linux", Map.of("XDG_CONFIG_HOME", xdg.toString()), home.toString()));
        assertEquals(home.resolve(".config/refill"), AppDirs.configDir("Linux", Map.of(), home.toString()));
        assertEquals(home.resolve("Library/Application Support/Refill"), AppDirs.configDir("Mac OS X", Map.of(), home.toString()));
    }
}
