package app.refill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemAppearanceTest {
    private static SystemAppearance.Runner answers(Map<String, String> byLastArg) {
        return cmd -> Optional.ofNullable(byLastArg.get(cmd.get(cmd.size() - 1)));
    }

    @Test
    void gnomeColorSchemeDecidesThenTheGtkThemeName() {
        assertEquals(Optional.of(true), SystemAppearance.prefersDark("Linux", Map.of(),
                answers(Map.of("color-scheme", "'prefer-dark'\n"))));
        assertEquals(Optional.of(false), SystemAppearance.prefersDark("Linux", Map.of(),
                answers(Map.of("color-scheme", "'prefer-light'\n"))));
        assertEquals(Optional.of(true), SystemAppearance.prefersDark("Linux", Map.of(),
                answers(Map.of("color-scheme", "'default'", "gtk-theme", "'Adwaita-dark'"))));
        assertEquals(Optional.of(true), SystemAppearance.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita:dark"),
                answers(Map.of())));
        assertEquals(Optional.empty(), SystemAppearance.prefersDark("Linux", Map.of(), answers(Map.of())),
                "no gsettings: the system does not say");
    }

    @Test
    void macOsAndWindowsSettingsAreRead() {
        assertEquals(Optional.of(true), SystemAppearance.prefersDark("Mac OS X", Map.of(),
                answers(Map.of("AppleInterfaceStyle", "Dark\n"))));
        assertEquals(Optional.of(false), SystemAppearance.prefersDark("Mac OS X", Map.of(), answers(Map.of())));
        assertEquals(Optional.of(true), SystemAppearance.prefersDark("Windows 11", Map.of(),
                answers(Map.of("AppsUseLightTheme", "    AppsUseLightTheme    REG_DWORD    0x0"))));
        assertEquals(Optional.of(false), SystemAppearance.prefersDark("Windows 11", Map.of(),
                answers(Map.of("AppsUseLightTheme", "    AppsUseLightTheme    REG_DWORD    0x1"))));
    }

    @TempDir
    Path dir;

    @Test
    void theChosenThemeIsKept() throws Exception {
        PreferencesFile prefs = new PreferencesFile(dir);
        assertEquals("system", prefs.theme());
        prefs.setQuality(80);
        prefs.setTheme("dark");
        assertEquals("dark", new PreferencesFile(dir).theme());
        assertEquals(80, new PreferencesFile(dir).quality(), "one setting does not overwrite another");
    }
}
