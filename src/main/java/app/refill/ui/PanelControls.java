package app.refill.ui;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;

/** Small pieces the side panels share: list cells drawn as one reused row, placeholders, buttons. */
final class PanelControls {
    private PanelControls() {
    }

    /**
     * A list cell whose content is one row of controls, built once per cell and brought up to date in place
     * whenever one of {@code triggers} changes (and when the cell gets another item). Rows here change on
     * every job event; rebuilding them (as {@code ListView.refresh()} does, with new skins, CSS and layout for
     * every control) cost the UI thread a tenth of a second per update on the software pipeline. Sized to the
     * list, so there is no sideways scrolling.
     */
    abstract static class ReusedCell<T> extends ListCell<T> {
        private final ChangeListener<Object> onTrigger = (o, a, b) -> {
            if (!isEmpty() && getItem() != null) {
                show(getItem());
            }
        };
        private Node row;

        ReusedCell(ObservableValue<?>... triggers) {
            for (ObservableValue<?> t : triggers) {
                t.addListener(new WeakChangeListener<>(onTrigger));
            }
        }

        @Override
        protected final void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setPrefWidth(0);
            if (empty || item == null) {
                setGraphic(null);
                setOpacity(1);
                return;
            }
            if (row == null) {
                row = row();
            }
            setGraphic(row);
            show(item);
        }

        /** The row's controls, made once for this cell. */
        abstract Node row();

        /** Shows {@code item} in the row's controls (and sets the cell's opacity). */
        abstract void show(T item);
    }

    /** Sets a container's children only when they differ, so unchanged rows do no layout work. */
    static void children(Pane pane, List<? extends Node> nodes) {
        if (!pane.getChildren().equals(nodes)) {
            pane.getChildren().setAll(nodes);
        }
    }

    static Label placeholder(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(240);
        return l;
    }

    static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        if (tip != null) {
            b.setTooltip(new Tooltip(tip));
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}
