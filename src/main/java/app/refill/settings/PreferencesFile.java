package app.refill.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Preferences set in Settings that are not keys, in {@code settings.properties} in the config folder: for now
 * the JPEG and WebP quality. A missing or unreadable value means the default. Written atomically.
 */
public final class PreferencesFile {
    public static final String NAME = "settings.properties";
    public static final int DEFAULT_QUALITY = 92;
    private static final String QUALITY = "save.quality";
    private static final String THEME = "theme";

    private final Path file;

    public PreferencesFile(Path configDir) {
        this.file = configDir.resolve(NAME);
    }

    /** JPEG and WebP quality in percent, 1–100. */
    public int quality() throws IOException {
        Properties p = load();
        try {
            int q = Integer.parseInt(p.getProperty(QUALITY, "").trim());
            return q >= 1 && q <= 100 ? q : DEFAULT_QUALITY;
        } catch (NumberFormatException e) {
            return DEFAULT_QUALITY;
        }
    }

    public void setQuality(int percent) throws IOException {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("quality is 1–100, not " + percent);
        }
        set(QUALITY, Integer.toString(percent));
    }

    /** "system", "light" or "dark"; "system" unless set. */
    public String theme() throws IOException {
        String t = load().getProperty(THEME, "system").strip();
        return t.equals("light") || t.equals("dark") ? t : "system";
    }

    public void setTheme(String theme) throws IOException {
        set(THEME, theme);
    }

    private Properties load() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            // no settings yet: every value is its default
        }
        return p;
    }

    /** Writes one value, keeping the others; one writer at a time, whichever instance it goes through. */
    private void set(String key, String value) throws IOException {
        synchronized (PreferencesFile.class) {
            write(key, value);
        }
    }

    private void write(String key, String value) throws IOException {
        Files.createDirectories(file.getParent());
        Properties p = load();
        p.setProperty(key, value);
        Path tmp = Files.createTempFile(file.getParent(), ".settings", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Refill settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
