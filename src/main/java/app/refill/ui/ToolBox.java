package app.refill.ui;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The vertical strip of tool buttons on the left, one per {@link ToolKind}, bound to the current tool. */
final class ToolBox extends VBox {
    ToolBox(EditorViewModel vm) {
        getStyleClass().add("tool-box");
        ToggleGroup group = new ToggleGroup();
        for (ToolKind kind : ToolKind.values()) {
            ToggleButton b = new ToggleButton(glyph(kind));
            b.setId("tool" + kind.name());
            b.getStyleClass().add("tool-button");
            b.setToggleGroup(group);
            b.setUserData(kind);
            b.setTooltip(new Tooltip(kind.label() + " (" + kind.key().getName() + ")\n" + kind.hint()));
            b.setFocusTraversable(false);
            getChildren().add(b);
        }
        vm.toolProperty().subscribe(kind -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == kind)));
        group.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                before.setSelected(true);
            } else {
                vm.toolProperty().set((ToolKind) after.getUserData());
            }
        });
    }

    private static String glyph(ToolKind kind) {
        return switch (kind) {
            case BRUSH -> "\u25CF";
            case ERASER -> "\u25CB";
            case RECTANGLE -> "\u25AD";
            case LASSO -> "\u2B2D";
            case POLYGON -> "\u2B20";
        };
    }
}
