package app.refill.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Refill keeps its settings: $XDG_CONFIG_HOME/refill on Linux, and the platform's equivalent elsewhere. */
public final class AppDirs {
    private AppDirs() {
    }

    public static Path configDir() {
        return configDir(System.getenv());
    }

    /** The config folder as the given environment names it (the command line passes its own, so tests can). */
    public static Path configDir(Map<String, String> env) {
        return configDir(System.getProperty("os.name", ""), env, System.getProperty("user.home"));
    }

    public static Path configDir(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Refill") : Path.of(home, "AppData", "Roaming", "Refill");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Refill");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "refill") : Path.of(home, ".config", "refill");
    }

    /** Where Refill writes its logs: $XDG_STATE_HOME/refill/logs on Linux, ~/Library/Logs/Refill, %LOCALAPPDATA%. */
    public static Path logDir() {
        return logDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    public static Path logDir(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local, "Refill") : Path.of(home, "AppData", "Local", "Refill")).resolve("logs");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Logs", "Refill");
        }
        String xdg = env.get("XDG_STATE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg, "refill") : Path.of(home, ".local", "state", "refill"))
                .resolve("logs");
    }
}
