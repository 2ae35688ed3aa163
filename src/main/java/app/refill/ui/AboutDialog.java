package app.refill.ui;

import app.refill.provider.ProviderInfo;
import app.refill.settings.AppInfo;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help > About: the version, the providers and whether they are ready, and where settings and logs live. */
final class AboutDialog {
    private AboutDialog() {
    }

    static String providersText(Iterable<ProviderInfo> providers) {
        return java.util.stream.StreamSupport.stream(providers.spliterator(), false)
                .map(p -> p.displayName() + (p.ready() ? " (ready)" : " (no key)"))
                .collect(Collectors.joining(", "));
    }

    /** {@code settings} and {@code logs} are shown so users can find them (and attach a log to a bug report). */
    static void show(Window owner, Image icon, Path settings, Path logs, Iterable<ProviderInfo> providers) {
        GridPane grid = new GridPane();
        grid.setId("about");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        int r = 0;
        grid.addRow(r++, new Label("Version"), new Label(AppInfo.version()));
        grid.addRow(r++, new Label("Runtime"), new Label("Java " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "?")));
        Label prov = new Label(providersText(providers));
        prov.setWrapText(true);
        prov.setMaxWidth(420);
        grid.addRow(r++, new Label("Providers"), prov);
        grid.addRow(r++, new Label("Settings"), path(settings));
        grid.addRow(r, new Label("Logs"), path(logs));
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("About Refill");
        d.setHeaderText(AppInfo.nameAndVersion() + "\nA desktop editor for AI inpainting and outpainting");
        ImageView logo = new ImageView(icon);
        logo.setFitWidth(56);
        logo.setFitHeight(56);
        d.setGraphic(logo);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }

    /** A read-only field, so the path can be selected and copied. */
    private static TextField path(Path p) {
        TextField f = new TextField(p.toString());
        f.setEditable(false);
        f.setPrefColumnCount(34);
        return f;
    }
}
