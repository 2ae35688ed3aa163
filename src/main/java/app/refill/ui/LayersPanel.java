package app.refill.ui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Result layers over the original: thumbnail, name, visibility, opacity and star; Keep, Discard and Reuse
 * seed for the selected one. Selecting a row shows that variation.
 */
final class LayersPanel extends VBox {
    private final ResultsViewModel vm;
    private final PromptViewModel prompt;
    private final ListView<ResultLayer> list;
    /** True while a reveal of the selected row waits for the next layout. */
    private boolean revealPending;

    LayersPanel(ResultsViewModel vm, PromptViewModel prompt) {
        this.vm = vm;
        this.prompt = prompt;
        setId("layersPanel");
        getStyleClass().add("side-panel");
        setSpacing(6);
        setPadding(new Insets(12));
        Label title = new Label("Results");
        title.getStyleClass().add("panel-title");
        list = new ListView<>(vm.layers().filtered(l -> true));
        list.setId("layerList");
        list.setCellFactory(l -> new LayerCell());
        list.setPrefHeight(200);
        list.setPlaceholder(PanelControls.placeholder("Results of your jobs appear here as layers over the original."));
        vm.selectedProperty().subscribe(l -> {
            if (list.getSelectionModel().getSelectedItem() != l) {
                list.getSelectionModel().select(l);
            }
            if (l != null) {
                revealSelectedAfterLayout();
            }
        });
        list.getSelectionModel().selectedItemProperty().subscribe(l -> {
            if (l != null && l != vm.selectedProperty().get()) {
                vm.show(l);
            }
        });

        Button keep = PanelControls.button("Keep", "keepButton", "Make it the image (Enter); Ctrl+Z undoes", vm::keepSelected);
        Button discard = PanelControls.button("Discard", "discardButton", "Hide it (Delete); restore from its job", vm::discardSelected);
        Button seed = PanelControls.button("Reuse seed", "reuseSeedButton", "Fix the seed to this result's", () -> {
            ResultLayer l = vm.selectedProperty().get();
            if (l != null && l.result().seed() != null) {
                prompt.reuseSeed(l.result().seed());
            }
        });
        for (Button b : new Button[] {keep, discard, seed}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        getChildren().addAll(title, list, new HBox(6, keep, discard, seed));
    }

    /**
     * Brings the selected row into view once the next layout has placed the rows, scrolling only if it is not
     * already in full view. {@code ListView.scrollTo} would scroll the row to the top, and lay the whole list
     * out at once to find it, on top of the layout the frame does anyway: on the software pipeline that was
     * about 2 ms of every result's arrival, though a new result arrives at the top, already in view.
     */
    private void revealSelectedAfterLayout() {
        Scene scene = list.getScene();
        if (scene == null || revealPending) {
            return;
        }
        revealPending = true;
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                revealPending = false;
                if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    reveal(flow, list.getSelectionModel().getSelectedIndex());
                }
            }
        });
        Platform.requestNextPulse();
    }

    private static <C extends IndexedCell<?>> void reveal(VirtualFlow<C> flow, int index) {
        if (index < 0) {
            return;
        }
        C cell = flow.getVisibleCell(index);
        if (cell == null) {
            flow.scrollToTop(index);
        } else {
            flow.scrollTo(cell);
        }
    }

    /** The list of rows, for {@link PanelControls#rehearse} before the window shows. */
    ListView<ResultLayer> list() {
        return list;
    }

    /** One layer's row; its controls are made once and updated in place on every results revision. */
    private final class LayerCell extends PanelControls.ReusedCell<ResultLayer> {
        private final CheckBox visible = new CheckBox();
        private final ImageView thumb = Thumbnails.view(48);
        private final Label name = new Label();
        private final Label state = new Label();
        private final Slider opacity = new Slider(0, 1, 1);
        private final FontIcon starIcon = new FontIcon(MaterialDesignS.STAR_OUTLINE);
        private final ToggleButton star = new ToggleButton(null, starIcon);
        /** True while {@link #show} sets the controls, so their listeners do not write back. */
        private boolean showing;

        LayerCell() {
            super(vm.revision());
        }

        @Override
        HBox row() {
            visible.setTooltip(new Tooltip("Visible"));
            visible.setOnAction(e -> {
                ResultLayer l = getItem();
                if (l != null) {
                    l.discardedProperty().set(false);
                    l.visibleProperty().set(visible.isSelected());
                }
            });
            name.setMinWidth(0);
            name.getStyleClass().add("layer-name");
            state.getStyleClass().add("hint");
            opacity.setPrefWidth(90);
            opacity.valueProperty().addListener((o, a, b) -> {
                if (!showing && getItem() != null) {
                    getItem().opacityProperty().set(b.doubleValue());
                }
            });
            star.getStyleClass().add("star-button");
            star.setOnAction(e -> {
                if (getItem() != null) {
                    getItem().starredProperty().set(star.isSelected());
                }
            });
            VBox text = new VBox(2, name, state, opacity);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(6, visible, thumb, text, star);
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }

        @Override
        void show(ResultLayer l) {
            showing = true;
            setOpacity(l.discardedProperty().get() ? 0.45 : 1);
            visible.setSelected(l.visibleProperty().get() && !l.discardedProperty().get());
            thumb.setImage(Thumbnails.image(l.result().thumbnail()));
            name.setText(l.name());
            state.setText(vm.isOnCurrentImage(l) ? "job " + l.job().id() + " · " + l.job().spec().provider().displayName()
                    : "made from an earlier image");
            opacity.setValue(l.opacityProperty().get());
            star.setSelected(l.starredProperty().get());
            starIcon.setIconCode(l.starredProperty().get() ? MaterialDesignS.STAR : MaterialDesignS.STAR_OUTLINE);
            showing = false;
        }
    }
}
