package app.refill.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableObjectValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * Compare modes (Layers, Split, Side by side, Difference) and Solo, above the canvas. The bar keeps its row
 * while a photo is open and only enables its buttons once results exist: appearing with the first result
 * would shrink the canvas and move the picture under a brush stroke in progress.
 */
final class CompareBar extends HBox {
    private static final String WAITING = "Results arrive here as layers over the original, to compare";
    private static final String KEYS = "hold \\ for the original · ←/→ variations · Enter keep · Del discard · * star";

    CompareBar(ResultsViewModel vm, ObservableObjectValue<?> session) {
        setId("compareBar");
        getStyleClass().add("compare-bar");
        setSpacing(4);
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox(4);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (CompareMode m : CompareMode.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("compare" + m.name());
            b.setToggleGroup(group);
            b.setUserData(m);
            b.getStyleClass().add("compare-button");
            buttons.getChildren().add(b);
        }
        vm.modeProperty().subscribe(m -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == m)));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one mode is always on
            } else {
                vm.modeProperty().set((CompareMode) b.getUserData());
            }
        });
        ToggleButton solo = new ToggleButton("Solo");
        solo.setId("soloButton");
        solo.getStyleClass().add("compare-button");
        solo.selectedProperty().bindBidirectional(vm.soloProperty());
        buttons.getChildren().add(solo);
        BooleanBinding noResults = Bindings.isEmpty(vm.layers());
        buttons.disableProperty().bind(noResults);
        Label hint = new Label();
        hint.setId("compareHint");
        hint.getStyleClass().add("hint");
        getChildren().addAll(new Label("Compare"), buttons, hint);
        hint.textProperty().bind(Bindings.when(noResults).then(WAITING).otherwise(KEYS));
        visibleProperty().bind(Bindings.isNotNull(session));
        managedProperty().bind(visibleProperty());
    }
}
