package app.refill.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/** Small pieces the side panels share: list cells drawn as one graphic, placeholders, buttons. */
final class PanelControls {
    private PanelControls() {
    }

    /** A list cell whose whole content is one node built per item, sized to the list (no sideways scrolling). */
    abstract static class GraphicCell<T> extends ListCell<T> {
        @Override
        protected final void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setPrefWidth(0);
            setGraphic(empty || item == null ? null : graphic(item));
            setOpacity(empty || item == null ? 1 : opacity(item));
        }

        abstract Node graphic(T item);

        double opacity(T item) {
            return 1;
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
