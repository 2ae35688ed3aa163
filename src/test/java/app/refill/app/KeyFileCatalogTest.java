package app.refill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.provider.http.Transport;
import app.refill.settings.KeyFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log's redactor learns every key: from the environment, the key file, and one just saved. */
class KeyFileCatalogTest {
    @TempDir
    Path dir;

    @Test
    void knownKeysCoverTheEnvironmentTheFileAndANewlySavedKey() throws Exception {
        KeyFile file = new KeyFile(dir);
        file.put("fal", "fal-saved-key");
        KeyFileCatalog catalog = new KeyFileCatalog(Map.of("BFL_API_KEY", "bfl-env-key"), file, Transport.standard());
        catalog.load();
        assertTrue(catalog.knownKeys().containsAll(List.of("bfl-env-key", "fal-saved-key")), catalog.knownKeys().toString());
        catalog.saveKey("runware", "runware-new-key");
        assertTrue(catalog.knownKeys().contains("runware-new-key"), "a key is redacted from the moment it is saved");
        assertEquals(3, catalog.knownKeys().size());
    }
}
