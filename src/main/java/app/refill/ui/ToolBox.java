package app.refill.ui;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The vertical strip of tool buttons on the left, one per {@link ToolKind}, bound to the current tool. */
final class ToolBox extends VBox {
    ToolBox(EditorViewModel vm) {
        getStyleClass().add("tool-box");
        ToggleGroup group = new ToggleGroup();
        for (ToolKind kind : ToolKind.values()) {
            ToggleButton b = new ToggleButton(null, icon(kind));
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

    private static FontIcon icon(ToolKind kind) {
        FontIcon icon = new FontIcon(switch (kind) {
            case BRUSH -> MaterialDesignB.BRUSH;
            case ERASER -> MaterialDesignE.ERASER;
            case RECTANGLE -> MaterialDesignS.SELECTION;
            case LASSO -> MaterialDesignL.LASSO;
            case POLYGON -> MaterialDesignV.VECTOR_POLYGON;
            case FRAME -> MaterialDesignA.ARROW_EXPAND_ALL;
        });
        icon.getStyleClass().add("tool-icon");
        return icon;
    }
}
