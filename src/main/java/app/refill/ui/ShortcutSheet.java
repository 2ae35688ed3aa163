package app.refill.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help > Keyboard Shortcuts. Read from what the window actually binds, the menu bar's accelerators and the
 * single-key table, so the sheet cannot drift from the code.
 */
final class ShortcutSheet {
    /** One row: the keys, what they do, and where they come from (a menu's name, or "Keys"). */
    record Row(String group, String keys, String action) {
    }

    private ShortcutSheet() {
    }

    static List<Row> rows(MenuBar bar, List<KeyBinding> keys) {
        List<Row> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m.getText(), m.getItems(), out);
        }
        for (KeyBinding k : keys) {
            out.add(new Row("Keys (not while typing in a field)", k.keys(), k.action()));
        }
        return out;
    }

    private static void collect(String group, List<MenuItem> items, List<Row> out) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(group + " > " + sub.getText(), sub.getItems(), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Row(group, item.getAccelerator().getDisplayText(), item.getText().replace("…", "")));
            }
        }
    }

    static void show(Window owner, List<Row> rows) {
        GridPane grid = new GridPane();
        grid.setId("shortcutSheet");
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 12, 12, 12));
        String group = null;
        int r = 0;
        for (Row row : rows) {
            if (!row.group().equals(group)) {
                group = row.group();
                Label head = new Label(group);
                head.getStyleClass().add("sheet-group");
                GridPane.setMargin(head, new Insets(r == 0 ? 0 : 10, 0, 2, 0));
                grid.add(head, 0, r++, 2, 1);
            }
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("sheet-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(r++, keys, new Label(row.action()));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(520);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Keyboard Shortcuts");
        d.setHeaderText("Keyboard shortcuts (on macOS, Ctrl is Cmd)");
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }
}
