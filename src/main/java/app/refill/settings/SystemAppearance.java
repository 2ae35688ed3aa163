package app.refill.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop asks for dark windows, where that can be read: GNOME's color-scheme (or a dark GTK
 * theme), macOS's AppleInterfaceStyle, Windows' AppsUseLightTheme. JavaFX 21 has no API for it. Runs a short
 * command, so call it off the UI thread (the app does, before the window opens).
 */
public final class SystemAppearance {
    private SystemAppearance() {
    }

    /** Dark, light, or empty when the system does not say. */
    public static Optional<Boolean> prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv(), SystemAppearance::run);
    }

    /** A command's standard output, or empty if it cannot run (tests pass their own). */
    @FunctionalInterface
    public interface Runner {
        Optional<String> run(List<String> command);
    }

    public static Optional<Boolean> prefersDark(String osName, Map<String, String> env, Runner runner) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            // the key exists only in dark mode
            return Optional.of(runner.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(s -> s.strip().equalsIgnoreCase("dark")).orElse(false));
        }
        if (os.contains("win")) {
            return runner.run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).flatMap(s -> s.contains("0x0") ? Optional.of(true)
                    : s.contains("0x1") ? Optional.of(false) : Optional.empty());
        }
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (gtk.contains("dark")) {
            return Optional.of(true);
        }
        Optional<String> scheme = runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return Optional.of(true);
        }
        if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
            return Optional.of(false);
        }
        return runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(t -> t.toLowerCase(Locale.ROOT).contains("dark"));
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
