package app.refill.ui;

import app.refill.core.doc.EditorSession;
import app.refill.ui.canvas.CanvasView;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Single-key shortcuts (tools, brush size, mask tint, zoom, polygon keys, space to pan). They are ignored while
 * a text field has focus, so typing a number never switches tools or clears the mask.
 */
final class EditorKeys {
    private final EditorViewModel vm;
    private final CanvasView canvas;

    EditorKeys(EditorViewModel vm, CanvasView canvas) {
        this.vm = vm;
        this.canvas = canvas;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (handle(e.getCode(), e.isShiftDown())) {
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                canvas.spaceDownProperty().set(false);
            }
        });
    }

    boolean handle(KeyCode code, boolean shift) {
        for (ToolKind kind : ToolKind.values()) {
            if (kind.key() == code && !shift) {
                vm.toolProperty().set(kind);
                return true;
            }
        }
        EditorSession s = vm.getSession();
        switch (code) {
            case SPACE -> canvas.spaceDownProperty().set(true);
            case OPEN_BRACKET -> vm.stepBrushSize(-1);
            case CLOSE_BRACKET -> vm.stepBrushSize(1);
            case H -> vm.tintVisibleProperty().set(!vm.tintVisibleProperty().get());
            case MINUS, SUBTRACT -> canvas.zoomStep(-1);
            case EQUALS, ADD, PLUS -> canvas.zoomStep(1);
            case DELETE -> vm.run(MaskOperation.CLEAR, 0);
            case ENTER -> {
                if (s != null) {
                    vm.activeTool().commit(s);
                }
            }
            case BACK_SPACE -> {
                if (s != null) {
                    vm.activeTool().stepBack(s);
                }
            }
            case ESCAPE -> vm.cancelTool(vm.toolProperty().get());
            default -> {
                return false;
            }
        }
        canvas.redrawOverlay();
        return true;
    }
}
