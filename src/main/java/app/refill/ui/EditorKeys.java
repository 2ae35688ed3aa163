package app.refill.ui;

import app.refill.core.doc.EditorSession;
import app.refill.core.tool.ToolPreview;
import app.refill.ui.canvas.CanvasView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Single-key shortcuts (tools, brush size, mask tint, zoom, polygon keys, space to pan, the result loop). They
 * are ignored while a text field has focus, so typing a number never switches tools or clears the mask. Enter
 * and Delete act on an unfinished polygon or, with none, on the shown result; with no result Delete clears the
 * mask.
 */
final class EditorKeys {
    private final EditorViewModel vm;
    private final ResultsViewModel results;
    private final CanvasView canvas;

    private final Map<KeyCode, KeyBinding> table = new EnumMap<>(KeyCode.class);

    EditorKeys(EditorViewModel vm, ResultsViewModel results, CanvasView canvas) {
        this.vm = vm;
        this.results = results;
        this.canvas = canvas;
        for (KeyBinding b : bindings()) {
            b.codes().forEach(c -> table.put(c, b));
        }
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (handle(e.getCode(), e.isShiftDown()) || handleStar(e)) {
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                canvas.spaceDownProperty().set(false);
            } else if (e.getCode() == KeyCode.BACK_SLASH) {
                results.flashOriginalProperty().set(false);
            }
        });
    }

    /** Every single-key shortcut, in the order the shortcuts sheet lists them; also what {@link #handle} runs. */
    List<KeyBinding> bindings() {
        List<KeyBinding> out = new ArrayList<>();
        for (ToolKind kind : ToolKind.values()) {
            out.add(KeyBinding.of(kind.key().getName(), kind.label() + " tool", () -> vm.toolProperty().set(kind),
                    kind.key()));
        }
        out.add(KeyBinding.pair("[ / ]", "Smaller / larger brush", vm::stepBrushSize, KeyCode.OPEN_BRACKET,
                KeyCode.CLOSE_BRACKET));
        out.add(KeyBinding.of("H", "Hide / show the mask tint",
                () -> vm.tintVisibleProperty().set(!vm.tintVisibleProperty().get()), KeyCode.H));
        // the minus key on the main row and the keypad steps out; =, + and the keypad's + step in
        out.add(new KeyBinding(List.of(KeyCode.MINUS, KeyCode.SUBTRACT, KeyCode.EQUALS, KeyCode.ADD, KeyCode.PLUS),
                "+ / -", "Zoom in / out around the pointer", code -> {
                    canvas.zoomStep(code == KeyCode.MINUS || code == KeyCode.SUBTRACT ? -1 : 1);
                    return true;
                }));
        out.add(KeyBinding.of("Space (hold)", "Pan by dragging", () -> canvas.spaceDownProperty().set(true),
                KeyCode.SPACE));
        out.add(KeyBinding.pair("← / →", "Previous / next variation of the job", results::cycle, KeyCode.LEFT,
                KeyCode.RIGHT));
        out.add(KeyBinding.of("Enter", "Close the polygon; otherwise keep the shown result", this::enter,
                KeyCode.ENTER));
        out.add(KeyBinding.of("Delete", "Discard the shown result; with none shown, clear the mask", this::delete,
                KeyCode.DELETE));
        out.add(KeyBinding.of("*", "Star the shown result", results::toggleStar, KeyCode.MULTIPLY, KeyCode.ASTERISK));
        out.add(KeyBinding.of("\\ (hold)", "Show the original", () -> results.flashOriginalProperty().set(true),
                KeyCode.BACK_SLASH));
        out.add(KeyBinding.of("Backspace", "Remove the polygon's last corner", this::stepBack, KeyCode.BACK_SPACE));
        out.add(KeyBinding.of("Escape", "Abandon the polygon or rectangle being drawn",
                () -> vm.cancelTool(vm.toolProperty().get()), KeyCode.ESCAPE));
        return out;
    }

    boolean handle(KeyCode code, boolean shift) {
        if (shift && isToolKey(code)) {
            return false;
        }
        KeyBinding b = table.get(code);
        if (b == null || !b.run().test(code)) {
            return false;
        }
        canvas.redrawOverlay();
        return true;
    }

    private static boolean isToolKey(KeyCode code) {
        for (ToolKind kind : ToolKind.values()) {
            if (kind.key() == code) {
                return true;
            }
        }
        return false;
    }

    private void enter() {
        EditorSession s = vm.getSession();
        if (s != null && vm.activeTool().preview() != ToolPreview.NONE) {
            vm.activeTool().commit(s);
        } else if (resultShown()) {
            results.keepSelected();
        }
    }

    private void delete() {
        if (resultShown()) {
            results.discardSelected();
        } else {
            vm.masks().run(MaskOperation.CLEAR, 0);
        }
    }

    private void stepBack() {
        EditorSession s = vm.getSession();
        if (s != null) {
            vm.activeTool().stepBack(s);
        }
    }

    /** '*' arrives as different key codes on different layouts; the typed text is what counts. */
    private boolean handleStar(KeyEvent e) {
        if ("*".equals(e.getText())) {
            results.toggleStar();
            return true;
        }
        return false;
    }

    private boolean resultShown() {
        return results.selectedProperty().get() != null && !results.drawn().isEmpty();
    }
}
