package app.refill.ui;

import app.refill.core.tool.BrushSettings;
import javafx.geometry.Pos;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Brush size and hardness, and the mask tint's colour, opacity and visibility, above the canvas. */
final class ToolOptionsBar extends HBox {
    private boolean updating;

    ToolOptionsBar(EditorViewModel vm) {
        getStyleClass().add("tool-options");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        Label toolName = new Label();
        toolName.getStyleClass().add("tool-name");
        toolName.textProperty().bind(vm.toolProperty().map(ToolKind::label));
        toolName.setMinWidth(96);

        Spinner<Integer> size = new Spinner<>(BrushSettings.MIN_SIZE, BrushSettings.MAX_SIZE, 64);
        size.setId("brushSize");
        size.setEditable(true);
        size.setPrefWidth(90);
        Slider sizeSlider = new Slider(0, 1, 0);
        sizeSlider.setId("brushSizeSlider");
        sizeSlider.setPrefWidth(140);
        Slider hardness = new Slider(0, 100, 50);
        hardness.setId("brushHardness");
        hardness.setPrefWidth(110);
        Label hardnessValue = new Label();
        hardnessValue.setMinWidth(40);

        vm.brushProperty().subscribe(b -> {
            updating = true;
            size.getValueFactory().setValue(b.size());
            sizeSlider.setValue(toSlider(b.size()));
            hardness.setValue(Math.round(b.hardness() * 100));
            hardnessValue.setText(Math.round(b.hardness() * 100) + " %");
            updating = false;
        });
        size.valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) {
                vm.brushProperty().set(new BrushSettings(v, vm.brushProperty().get().hardness()));
            }
        });
        sizeSlider.valueProperty().addListener((o, a, v) -> {
            if (!updating) {
                vm.brushProperty().set(new BrushSettings(fromSlider(v.doubleValue()), vm.brushProperty().get().hardness()));
            }
        });
        hardness.valueProperty().addListener((o, a, v) -> {
            if (!updating) {
                vm.brushProperty().set(new BrushSettings(vm.brushProperty().get().size(), v.doubleValue() / 100));
            }
        });
        Region brushBox = new HBox(6, new Label("Size"), sizeSlider, size, new Label("Hardness"), hardness, hardnessValue);
        ((HBox) brushBox).setAlignment(Pos.CENTER_LEFT);
        brushBox.visibleProperty().bind(vm.toolProperty().map(ToolKind::isBrush));
        brushBox.managedProperty().bind(brushBox.visibleProperty());
        Label hint = new Label();
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(vm.toolProperty().map(t -> t.isBrush() ? "" : t.hint()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ColorPicker color = new ColorPicker();
        color.setId("tintColor");
        color.valueProperty().bindBidirectional(vm.tintColorProperty());
        color.getStyleClass().add("button");
        Slider opacity = new Slider(0.1, 1, 0.5);
        opacity.setId("tintOpacity");
        opacity.setPrefWidth(90);
        opacity.valueProperty().bindBidirectional(vm.tintOpacityProperty());
        ToggleButton visible = new ToggleButton("Show mask (H)");
        visible.setId("tintVisible");
        visible.setFocusTraversable(false);
        visible.selectedProperty().bindBidirectional(vm.tintVisibleProperty());

        getChildren().addAll(toolName, brushBox, hint, spacer, new Label("Mask"), color, opacity, visible);
        getChildren().forEach(n -> n.setFocusTraversable(n == size));
    }

    /** The size slider is logarithmic so small brushes get as much travel as big ones. */
    static double toSlider(int size) {
        return Math.log(size) / Math.log(BrushSettings.MAX_SIZE);
    }

    static int fromSlider(double v) {
        return (int) Math.round(Math.pow(BrushSettings.MAX_SIZE, v));
    }
}
