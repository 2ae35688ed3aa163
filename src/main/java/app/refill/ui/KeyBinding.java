package app.refill.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javafx.scene.input.KeyCode;

/**
 * One single-key shortcut: the keys that trigger it, how the shortcuts sheet names them and what it does
 * with the key pressed (a pair like [ and ] shares a row but steps both ways). {@code run} answers whether
 * it acted, so a key with nothing to do passes through.
 */
record KeyBinding(List<KeyCode> codes, String keys, String action, Predicate<KeyCode> run) {
    static KeyBinding of(String keys, String action, Runnable run, KeyCode... codes) {
        return new KeyBinding(List.of(codes), keys, action, code -> {
            run.run();
            return true;
        });
    }

    /** A pair of keys on one row: the first steps back (-1), the others forward (+1). */
    static KeyBinding pair(String keys, String action, IntConsumer step, KeyCode back,
            KeyCode... forward) {
        List<KeyCode> codes = new ArrayList<>(List.of(back));
        codes.addAll(List.of(forward));
        return new KeyBinding(List.copyOf(codes), keys, action, code -> {
            step.accept(code == back ? -1 : 1);
            return true;
        });
    }
}
