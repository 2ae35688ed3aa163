package app.refill.ui;

import app.refill.settings.PreferencesFile;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Light or dark (AtlantaFX Primer), or whatever the system asks for (read once at start-up). View > Theme
 * switches at once; the choice is kept in settings.properties, written on a worker. UI thread only.
 */
public final class Appearance {
    public enum Choice {
        SYSTEM("Follow the System"), LIGHT("Light"), DARK("Dark");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.SYSTEM);
    private final boolean systemDark;

    /**
     * @param systemDark what the system asks for (dark when it does not say: a photo editor's usual look)
     * @param initial    the saved choice
     */
    public Appearance(boolean systemDark, Choice initial, Background background, PreferencesFile prefs) {
        this.systemDark = systemDark;
        choice.set(initial);
        apply();
        choice.addListener((o, was, c) -> {
            apply();
            background.run(() -> {
                prefs.setTheme(c.name().toLowerCase(Locale.ROOT));
                return c;
            }, x -> { }, e -> { });
        });
    }

    public static Choice parse(String saved) {
        return switch (saved) {
            case "light" -> Choice.LIGHT;
            case "dark" -> Choice.DARK;
            default -> Choice.SYSTEM;
        };
    }

    public boolean isDark() {
        return choice.get() == Choice.DARK || (choice.get() == Choice.SYSTEM && systemDark);
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    private void apply() {
        Application.setUserAgentStylesheet(isDark() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
