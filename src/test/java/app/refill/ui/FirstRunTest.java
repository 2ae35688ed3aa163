package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.job.JobState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** What a new user sees: the welcome view, the sample photo, a first Local result, the shortcuts sheet. */
class FirstRunTest extends EditorUiTest {

    @Test
    void theWelcomeViewOpensTheSamplePhotoAndLocalFillsItOffline() throws Exception {
        Node welcome = robot.lookup("#welcome").query();
        assertTrue(welcome.isVisible());
        List<String> providers = robot.lookup("#welcomeProviders").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(providers.stream().anyMatch(t -> t.startsWith("Local — ready")), providers.toString());

        robot.clickOn("#welcomeSample");
        EditorFixture.waitUntil(() -> fx.session() != null && fx.canvas().isMaskShown());
        assertEquals("garden.jpg", fx.session().document().name());
        assertEquals(2560, fx.session().document().size().width());
        assertFalse(welcome.isVisible(), "the welcome view steps aside for the picture");

        // the five-minute path: paint, submit with Local (the default without keys here too), get a layer
        WaitForAsyncUtils.asyncFx(() -> {
            fx.vm().getSession().perform(app.refill.core.doc.MaskPatchEdit.between("Brush stroke",
                    fx.session().document().mask().copy(), square(fx.session().document().mask().copy())));
            fx.app.workbench().prompt().providerProperty().set(fx.app.workbench().prompt().providers().stream()
                    .filter(p -> p.id().equals("local")).findFirst().orElseThrow());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(KeyCode.CONTROL, KeyCode.ENTER);
        EditorFixture.waitUntil(() -> !fx.app.jobQueue().jobs().isEmpty()
                && fx.app.jobQueue().jobs().get(0).state() == JobState.DONE);
        EditorFixture.waitUntil(() -> !fx.app.workbench().results().layers().isEmpty());
    }

    private static app.refill.core.image.Mask square(app.refill.core.image.Mask m) {
        for (int y = 900; y < 1000; y++) {
            for (int x = 300; x < 420; x++) {
                m.set(x, y, 255);
            }
        }
        return m;
    }

    @Test
    void theShortcutsSheetListsEveryShortcutTheWindowBinds() throws Exception {
        shortcut(KeyCode.F1);
        GridPane sheet = robot.lookup("#shortcutSheet").queryAs(GridPane.class);
        List<String> shown = new ArrayList<>();
        for (Node n : sheet.getChildren()) {
            if (n instanceof Label l) {
                shown.add(l.getText());
            }
        }
        Set<String> bound = new HashSet<>();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            collect(m.getItems(), bound);
        }
        assertTrue(bound.size() > 15, "the menus bind accelerators: " + bound);
        for (String keys : bound) {
            assertTrue(shown.contains(keys), keys + " is bound in the menus but not on the sheet: " + shown);
        }
        for (String keys : List.of("B", "E", "M", "L", "P", "F", "[ / ]", "H", "Delete", "Enter", "*", "← / →",
                "Space (hold)", "Escape", "Backspace")) {
            assertTrue(shown.contains(keys), keys + " missing from the sheet: " + shown);
        }
        assertTrue(shown.contains("Save Project") && shown.contains("Keyboard Shortcuts"), shown.toString());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void theThemeSwitchesAtOnceAndIsKept() throws Exception {
        fireMenuItem("menuThemeDARK");
        assertTrue(javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"),
                javafx.application.Application.getUserAgentStylesheet());
        java.nio.file.Path settings = dir.resolve("config").resolve(app.refill.settings.PreferencesFile.NAME);
        EditorFixture.waitUntil(() -> java.nio.file.Files.exists(settings));
        assertEquals("dark", new app.refill.settings.PreferencesFile(dir.resolve("config")).theme());
        fireMenuItem("menuThemeLIGHT");
        assertTrue(javafx.application.Application.getUserAgentStylesheet().contains("primer-light"));
    }

    @Test
    void aboutShowsTheVersionAndWhereSettingsAndLogsLive() throws Exception {
        fireMenuItem("menuAbout");
        GridPane about = robot.lookup("#about").queryAs(GridPane.class);
        List<String> texts = new ArrayList<>();
        for (Node n : about.getChildren()) {
            if (n instanceof Label l) {
                texts.add(l.getText());
            } else if (n instanceof javafx.scene.control.TextField f) {
                texts.add(f.getText());
            }
        }
        assertTrue(texts.contains(app.refill.settings.AppInfo.version()), texts.toString());
        assertTrue(texts.contains(dir.resolve("config").toString()), texts.toString());
        assertTrue(texts.contains(dir.resolve("config").resolve("logs").toString()), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Local (ready)")), texts.toString());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    /** Picks a menu item as a click would (submenu popups are not reliably clickable headless). */
    private void fireMenuItem(String id) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = find(bar.getMenus().stream().map(m -> (MenuItem) m).toList(), id);
        WaitForAsyncUtils.asyncFx(item::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem find(List<MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu m) {
                MenuItem inner = find(m.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static void collect(List<MenuItem> items, Set<String> out) {
        for (MenuItem i : items) {
            if (i instanceof Menu sub) {
                collect(sub.getItems(), out);
            } else if (i.getAccelerator() != null) {
                out.add(i.getAccelerator().getDisplayText());
            }
        }
    }
}
