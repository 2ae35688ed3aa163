package app.refill.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What Refill is: its version, from the build (the pom's version, filtered into version.properties). */
public final class AppInfo {
    private static final String VERSION = read();

    private AppInfo() {
    }

    /** "0.1.0". */
    public static String version() {
        return VERSION;
    }

    /** "Refill 0.1.0", for --version, About and the projects it writes. */
    public static String nameAndVersion() {
        return "Refill " + VERSION;
    }

    private static String read() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/app/refill/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
