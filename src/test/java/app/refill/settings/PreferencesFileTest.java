package app.refill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesFileTest {
    @TempDir
    Path dir;

    @Test
    void qualityIsKeptAcrossRestartsAndDefaultsTo92() throws Exception {
        Path config = dir.resolve("refill");
        assertEquals(92, new PreferencesFile(config).quality());
        new PreferencesFile(config).setQuality(75);
        assertEquals(75, new PreferencesFile(config).quality());
        assertThrows(IllegalArgumentException.class, () -> new PreferencesFile(config).setQuality(0));
    }

    @Test
    void aHandEditedNonsenseValueMeansTheDefault() throws Exception {
        Files.writeString(dir.resolve(PreferencesFile.NAME), "save.quality = lots\n");
        assertEquals(92, new PreferencesFile(dir).quality());
        Files.writeString(dir.resolve(PreferencesFile.NAME), "save.quality = 400\n");
        assertEquals(92, new PreferencesFile(dir).quality());
    }
}
