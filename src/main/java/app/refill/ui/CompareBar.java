package app.refill.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** Compare modes (Layers, Split, Side by side, Difference) and Solo, over the canvas while results exist. */
final class CompareBar extends HBox {
    CompareBar(ResultsViewModel vm) {
        setId("compareBar");
        getStyleClass().add("compare-bar");
        setSpacing(4);
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        getChildren().add(new Label("Compare"));
        for (CompareMode m : CompareMode.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("compare" + m.name());
            b.setToggleGroup(group);
            b.setUserData(m);
            b.getStyleClass().add("compare-button");
            getChildren().add(b);
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
        Label hint = new Label("hold \\ for the original · ←/→ variations · Enter keep · Del discard · * star");
        hint.getStyleClass().add("hint");
        getChildren().addAll(solo, hint);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.layers()));
        managedProperty().bind(visibleProperty());
    }
}
