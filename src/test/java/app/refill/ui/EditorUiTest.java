package app.refill.ui;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Base of the robot tests: a fresh editor per test with its own config folder and scripted dialogs. */
public abstract class EditorUiTest {
    @TempDir
    protected Path dir;
    protected EditorFixture fx;
    protected final FxRobot robot = new FxRobot();

    @BeforeEach
    void startEditor() throws Exception {
        fx = new EditorFixture(dir.resolve("config"));
    }

    @AfterEach
    void stopEditor() throws Exception {
        fx.close();
    }

    /** Presses a key chord (e.g. CONTROL, Z) and waits for the UI to settle. */
    protected void shortcut(KeyCode... keys) {
        robot.press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
