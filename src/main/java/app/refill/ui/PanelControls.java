package app.refill.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

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
        private Region row;

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
            boolean filled = !empty && item != null;
            if (row == null) {
                buildRow(filled);
            }
            if (!filled && getListView() != null && getListView().getProperties().get(REHEARSAL) instanceof List<?> cast) {
                showRow(true);
                lookFilled(true, cast.isEmpty());
                ((List<Object>) cast).add(this);
                return;
            }
            showRow(filled);
            if (filled) {
                show(item);
            } else {
                setOpacity(1);
            }
        }

        /**
         * Builds the row as soon as the list makes the cell, which is mostly when the window first lays out or
         * grows: the list makes more cells than it shows rows, and one made empty and filled later by a job's
         * event would otherwise build its row, controls, skins and styles in that event's frame. An empty
         * cell's row has every control in it, so all of them get their skins, and is hidden and left out of
         * the cell's size, so empty rows look as they always did.
         */
        private void buildRow(boolean filled) {
            row = row();
            if (!filled) {
                showEveryControl();
            }
            setGraphic(row);
        }

        /**
         * For the rehearsal: styles the empty cell as a filled (and the first as a selected) one, so the styles
         * of a row in those states are computed and cached before the first item, not in its frame.
         */
        private void lookFilled(boolean filled, boolean selected) {
            pseudoClassStateChanged(EMPTY, !filled);
            pseudoClassStateChanged(FILLED, filled);
            pseudoClassStateChanged(SELECTED, selected);
        }

        /**
         * A hidden row is invisible and takes no height; it stays the cell's graphic (so it keeps its place in
         * the scene and its styles), as the cell's skin adds a graphic to its children only while it is managed.
         */
        private void showRow(boolean shown) {
            double height = shown ? Region.USE_COMPUTED_SIZE : 0;
            row.setVisible(shown);
            row.setMinHeight(height);
            row.setPrefHeight(height);
        }

        /**
         * The row's height at the width the list gives the cell. The cell's skin asks its graphic for a height at
         * no particular width, which a wrapping text (a job's failure) answers as one long line: the row was a
         * line high and the text cut short with an ellipsis.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (width < 0 || row == null || !row.isVisible() || row.getContentBias() != Orientation.HORIZONTAL) {
                return super.computePrefHeight(width);
            }
            double inner = width - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + row.prefHeight(inner) + snappedBottomInset();
        }

        /** The row made for this cell, shown or not; null only before the list first updates the cell. */
        final Region builtRow() {
            return row;
        }

        /** The row's controls, made once for this cell. */
        abstract Region row();

        /** For a row built empty: shows every control it can show, so all of them get their skins and layout. */
        void showEveryControl() {
        }

        /** Shows {@code item} in the row's controls (and sets the cell's opacity). */
        abstract void show(T item);
    }

    private static final String REHEARSAL = "refill.rehearsal";
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final int REHEARSED_ROWS = 2;

    /**
     * Before the window first shows: lays {@code lists} out once, in one pass over the window, with two empty
     * rows each, every row holding every control it can show, in the window's own styles and in the look of a
     * filled row (the first also selected). The first job then finds the lists', cells', skins' and styles'
     * code run and their styles computed: its frame cost the UI thread 35-52 ms without this, 20-44 ms
     * (typically 24) with it (FxStallReport, longest work between two heartbeats), before the cells built
     * their rows up front and the look of filled rows was rehearsed too.
     */
    static void rehearse(Parent root, ListView<?>... lists) {
        List<Runnable> restore = new ArrayList<>();
        for (ListView<?> l : lists) {
            restore.add(withEmptyRows(l));
        }
        root.applyCss();
        root.layout();
        restore.forEach(Runnable::run);
    }

    /** Gives {@code list} empty rows to rehearse; the returned action gives it back its items. */
    private static <T> Runnable withEmptyRows(ListView<T> list) {
        ObservableList<T> items = list.getItems();
        List<ReusedCell<?>> cast = new ArrayList<>();
        list.getProperties().put(REHEARSAL, cast);
        list.setItems(FXCollections.observableArrayList(Collections.nCopies(REHEARSED_ROWS, (T) null)));
        return () -> {
            list.getProperties().remove(REHEARSAL);
            list.setItems(items);
            // a cell the list keeps for later would otherwise go on showing the rehearsed row
            cast.forEach(c -> {
                c.showRow(false);
                c.lookFilled(false, false);
            });
        };
    }

    /** Shows a node or leaves it out of its container's layout, keeping it in the scene with its styles. */
    static void shown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
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
