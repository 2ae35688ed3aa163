package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Settings dialog is as wide as its rows need: no provider name or button is cut short. The theme caps a
 * dialog at 600 px, which the real providers' rows pass (Runware's); the test's provider is called Fake, so the
 * test widens its name's column to the same effect. A key row follows what it holds as keys are saved and
 * removed, and a status line grows the dialog by its own height only.
 */
class SettingsDialogTest extends EditorUiTest {
    private static final String SAVED = "Saved the Fake key. It is used from the next job on.";

    @Test
    void everyLabelAndButtonShowsItsWholeText() throws Exception {
        DialogPane pane = openSettings();
        WaitForAsyncUtils.asyncFx(() -> {
            List<Labeled> all = new ArrayList<>();
            collect(pane, all);
            all.stream().filter(l -> "Fake".equals(l.getText())).findFirst().orElseThrow().setMinWidth(160);
            pane.getScene().getWindow().sizeToScene();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(pane);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aLongAnswerToTestingAKeyShowsWhole() throws Exception {
        DialogPane pane = openSettings();
        typeKeyAndPress("#testKey-keyless", "Fake accepted the key.");
        // a network provider's answer runs to two lines, after the one-line "Testing…"
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("Fake accepted the key.").queryLabeled().setText(
                "Could not reach Fake (UnknownHostException: fake.example: Name or service not known). Check your"
                        + " internet connection, proxy or the base URL setting, then retry.")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(pane);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aSavedKeyCanBeRemovedAtOnceAndTheRowSaysWhatItHolds() throws Exception {
        openSettings();
        PasswordField field = robot.lookup("#key-keyless").queryAs(PasswordField.class);
        Button remove = robot.lookup("#removeKey-keyless").queryButton();
        assertEquals("paste your key", field.getPromptText());
        assertTrue(remove.isDisabled(), "nothing saved yet");
        typeKeyAndPress("#saveKey-keyless", SAVED);
        assertEquals("saved (hidden)", field.getPromptText());
        assertFalse(remove.isDisabled(), "the key just saved can be removed without reopening Settings");
        assertFalse(robot.lookup("#testKey-keyless").queryButton().isDisabled(), "the saved key can be tested");
        robot.clickOn(remove);
        EditorFixture.waitUntil(() -> !robot.lookup("Removed the Fake key.").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("paste your key", field.getPromptText());
        assertTrue(remove.isDisabled(), "nothing left to remove");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aStatusLineAddsOnlyItsOwnHeight() throws Exception {
        DialogPane pane = openSettings();
        double before = pane.getScene().getWindow().getHeight();
        typeKeyAndPress("#saveKey-keyless", SAVED);
        Labeled status = robot.lookup(SAVED).queryLabeled();
        double grown = pane.getScene().getWindow().getHeight() - before;
        // the line's height and the content box's 12 px spacing above it, and nothing more
        assertTrue(grown <= status.getHeight() + 12 + 2, "the dialog grew " + grown + " px for a "
                + status.getHeight() + " px line");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private DialogPane openSettings() {
        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** Types a key into the test provider's row, presses {@code button} and waits for the {@code answer}. */
    private void typeKeyAndPress(String button, String answer) throws Exception {
        robot.clickOn("#key-keyless").write("a key");
        robot.clickOn(button);
        EditorFixture.waitUntil(() -> !robot.lookup(answer).queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every label and button in {@code pane} shows its whole text, not cut short with an ellipsis. */
    private static void assertWhole(DialogPane pane) throws Exception {
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            List<Labeled> all = new ArrayList<>();
            collect(pane, all);
            List<String> out = new ArrayList<>();
            for (Labeled l : all) {
                Node text = l.lookup(".text");
                if (text instanceof Text t && l.getText() != null && !l.getText().isEmpty()) {
                    out.add(l.getText() + " -> " + t.getText());
                }
            }
            return out;
        }).get();
        assertTrue(shown.size() >= 8, "the key rows' names and buttons, the notes, Close: " + shown);
        for (String s : shown) {
            String[] parts = s.split(" -> ", 2);
            assertTrue(parts[0].equals(parts[1]), "cut short: " + s);
        }
    }

    private static void collect(Parent p, List<Labeled> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l) {
                out.add(l);
            }
            if (n instanceof Parent child) {
                collect(child, out);
            }
        }
    }
}
