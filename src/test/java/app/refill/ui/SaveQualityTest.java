package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.settings.PreferencesFile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JPEG/WebP quality set in Settings is used by Save and kept across restarts. */
class SaveQualityTest {
    @TempDir
    Path dir;

    @Test
    void qualityComesFromSettingsIsUsedAndIsKept() throws Exception {
        DirectWorkbench bench = new DirectWorkbench();
        BufferedImage noisy = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
        Random r = new Random(1);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                noisy.setRGB(x, y, 0xff000000 | r.nextInt(1 << 24));
            }
        }
        bench.editor.openImage(() -> noisy, "noise.png");
        Path config = dir.resolve("config");
        new PreferencesFile(config).setQuality(40);
        Background direct = new Background(Runnable::run, Runnable::run);
        SaveViewModel save = new SaveViewModel(bench.editor, direct, bench.dialogs, new PreferencesFile(config));
        assertEquals(40, save.qualityPercent(), "read from settings.properties");

        save.save(dir.resolve("low.jpg"));
        save.qualityProperty().set(0.95);
        save.save(dir.resolve("high.jpg"));
        long low = Files.size(dir.resolve("low.jpg"));
        long high = Files.size(dir.resolve("high.jpg"));
        assertTrue(low * 2 < high, "quality 40 is much smaller than 95: " + low + " vs " + high);
        assertEquals(95, new PreferencesFile(config).quality(), "the change is written back");
    }
}
