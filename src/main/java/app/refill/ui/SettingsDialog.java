package app.refill.ui;

import app.refill.provider.ProviderInfo;
import app.refill.settings.ApiKeys;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Settings: an API key per network provider, saved to the config folder's key file (readable only by the
 * user) or removed from it. A key set in the environment wins and is shown as such, never written. Keys are
 * written on a worker; the provider list reloads afterwards.
 */
final class SettingsDialog {
    private final PromptViewModel prompt;
    private final SaveViewModel save;
    private final Background background;

    SettingsDialog(PromptViewModel prompt, SaveViewModel save, Background background) {
        this.prompt = prompt;
        this.save = save;
        this.background = background;
    }

    void show(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Settings");
        d.setHeaderText("API keys and saving");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label status = new Label();
        status.setWrapText(true);
        // wrapped at the note's width: unbounded, the dialog grew by 124 px for a one-line answer
        status.setMaxWidth(520);
        // an empty line would leave a gap above the quality row until a key is tested or saved
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        status.textProperty().subscribe(text -> {
            Scene scene = d.getDialogPane().getScene();
            if (scene != null && scene.getWindow() != null) {
                scene.getWindow().sizeToScene();
            }
        });
        int row = 0;
        for (ProviderInfo p : prompt.providers()) {
            if (!p.needsKey()) {
                continue;
            }
            KeyRow r = new KeyRow(p, status);
            grid.addRow(row++, new Label(p.displayName()), r.field, r.test, r.save, r.remove);
        }
        Label where = new Label("Keys are saved in " + prompt.catalog().keyFileLocation() + ", readable only by you. "
                + "Keys in BFL_API_KEY, RUNWARE_API_KEY or FAL_KEY win and are never written anywhere.");
        where.setWrapText(true);
        where.setMaxWidth(520);
        VBox box = new VBox(12, grid, where, status, new Separator(), qualityRow());
        box.setPadding(new Insets(8));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // the theme caps dialogs at 600 px, narrower than a key row: Runware's name and the buttons were cut
        // short. Only a style lifts the cap: the theme's rule overrides a width set in code.
        d.getDialogPane().setStyle("-fx-max-width: -1;");
        d.show();
    }

    /** JPEG and WebP quality, 1–100, used by Save from the next save on (PNG and TIFF are lossless). */
    private HBox qualityRow() {
        Spinner<Integer> spinner = new Spinner<>(1, 100, save.qualityPercent());
        spinner.setId("quality");
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.valueProperty().subscribe(v -> {
            if (v != null) {
                save.qualityProperty().set(v / 100.0);
            }
        });
        Label label = new Label("JPEG and WebP quality");
        Label note = new Label("%  (PNG and TIFF are lossless)");
        note.getStyleClass().add("hint");
        HBox row = new HBox(8, label, spinner, note);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /**
     * One provider's key: typed into a hidden field, tested, saved or removed. The row follows what the key file
     * holds as keys are saved and removed, so a key saved by mistake can be removed at once.
     */
    private final class KeyRow {
        final PasswordField field = new PasswordField();
        final Button test = new Button("Test");
        final Button save = new Button("Save");
        final Button remove = new Button("Remove");
        /** The key file holds a key for this provider. */
        private final BooleanProperty saved;

        KeyRow(ProviderInfo p, Label status) {
            boolean fromEnv = p.keyOrigin().filter(o -> o == ApiKeys.Origin.ENVIRONMENT).isPresent();
            saved = new SimpleBooleanProperty(p.keyOrigin().filter(o -> o == ApiKeys.Origin.SETTINGS).isPresent());
            field.setId("key-" + p.id());
            field.setPrefColumnCount(24);
            field.setDisable(fromEnv);
            test.setId("testKey-" + p.id());
            if (fromEnv) {
                field.setPromptText("set in the environment (wins)");
            } else {
                field.promptTextProperty().bind(Bindings.when(saved).then("saved (hidden)").otherwise("paste your key"));
                // with nothing typed, Test tries the key the file holds
                test.disableProperty().bind(field.textProperty().isEmpty().and(saved.not()));
            }
            test.setOnAction(e -> prompt.testKey(p.id(), field.getText().strip(), status::setText));
            save.setId("saveKey-" + p.id());
            save.disableProperty().bind(field.textProperty().isEmpty());
            save.setOnAction(e -> write(p, field.getText().strip(), status));
            remove.setId("removeKey-" + p.id());
            remove.disableProperty().bind(saved.not());
            remove.setOnAction(e -> write(p, null, status));
        }

        private void write(ProviderInfo p, String key, Label status) {
            status.setText("Saving…");
            background.run(() -> {
                if (key == null) {
                    prompt.catalog().removeKey(p.id());
                } else {
                    prompt.catalog().saveKey(p.id(), key);
                }
                return p;
            }, done -> {
                field.clear();
                saved.set(key != null);
                status.setText(key == null ? "Removed the " + p.displayName() + " key." : "Saved the "
                        + p.displayName() + " key. It is used from the next job on.");
                prompt.reloadProviders();
            }, e -> status.setText("Could not save the key: " + e.getMessage()
                    + ". Check that the config folder is writable."));
        }
    }
}
