package app.refill.ui;

import app.refill.core.doc.EditorSession;
import app.refill.core.tool.ToolPreview;
import app.refill.ui.canvas.CanvasView;
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

    EditorKeys(EditorViewModel vm, ResultsViewModel results, CanvasView canvas) {
        this.vm = vm;
        this.results = results;
        this.canvas = canvas;
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
            case DELETE -> {
                if (resultShown()) {
                    results.discardSelected();
                } else {
                    vm.run(MaskOperation.CLEAR, 0);
                }
            }
            case ENTER -> {
                if (s != null && vm.activeTool().preview() != ToolPreview.NONE) {
                    vm.activeTool().commit(s);
                } else if (resultShown()) {
                    results.keepSelected();
                }
            }
            case LEFT -> results.cycle(-1);
            case RIGHT -> results.cycle(1);
            case BACK_SLASH -> results.flashOriginalProperty().set(true);
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

    /** '*' arrives as different key codes on different layouts; the typed text is what counts. */
    private boolean handleStar(KeyEvent e) {
        if ("*".equals(e.getText()) || e.getCode() == KeyCode.MULTIPLY || e.getCode() == KeyCode.ASTERISK) {
            results.toggleStar();
            return true;
        }
        return false;
    }

    private boolean resultShown() {
        return results.selectedProperty().get() != null && !results.drawn().isEmpty();
    }
}
