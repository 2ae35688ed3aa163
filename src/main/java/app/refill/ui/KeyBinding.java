package app.refill.ui;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.input.KeyCode;

/**
 * One single-key shortcut: the keys that trigger it, how the shortcuts sheet names them and what it does.
 * {@code run} answers whether it acted (Enter with nothing to close or keep lets the key through).
 */
record KeyBinding(List<KeyCode> codes, String keys, String action, BooleanSupplier run) {
    static KeyBinding of(String keys, String action, Runnable run, KeyCode... codes) {
        return new KeyBinding(List.of(codes), keys, action, () -> {
            run.run();
            return true;
        });
    }
}
