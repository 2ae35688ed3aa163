package app.refill.ui;

import app.refill.provider.ProviderInfo;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What a new window shows before any picture: open an image, try the sample photo, reopen a recent file, and
 * which providers are ready (Local always is). Hidden once a picture is open.
 */
final class WelcomeView extends VBox {
    private final VBox recent = new VBox(2);
    private final VBox providers = new VBox(3);

    WelcomeView(EditorViewModel vm, PromptViewModel prompt, Image icon, Runnable openSettings) {
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setMaxWidth(460);
        setMaxHeight(USE_PREF_SIZE);

        ImageView logo = new ImageView(icon);
        logo.setFitWidth(72);
        logo.setFitHeight(72);
        Label title = new Label("Welcome to Refill");
        title.getStyleClass().add("welcome-title");
        Label lead = new Label("Paint over what should change, or drag the borders out to extend the picture, "
                + "then submit. Results arrive as layers to compare and keep.");
        lead.setWrapText(true);
        lead.getStyleClass().add("welcome-lead");

        Button open = new Button("Open image…", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("welcomeOpen");
        open.setDefaultButton(true);
        open.getStyleClass().add("accent-button");
        open.setOnAction(e -> vm.openWithDialog());
        Button sample = new Button("Try the sample photo", new FontIcon("mdi2i-image-outline"));
        sample.setId("welcomeSample");
        sample.setOnAction(e -> vm.openSample());
        HBox buttons = new HBox(10, open, sample);
        buttons.setAlignment(Pos.CENTER);
        Label drop = new Label("or drop an image or a .refill project here, or paste one (Ctrl+V)");
        drop.getStyleClass().add("hint");

        Label recentHead = section("Recent");
        Label providersHead = section("Providers");
        recent.setId("welcomeRecent");
        providers.setId("welcomeProviders");
        Hyperlink keys = new Hyperlink("Add an API key in Settings…");
        keys.setOnAction(e -> openSettings.run());

        getChildren().addAll(logo, title, lead, buttons, drop, recentHead, recent, providersHead, providers, keys);

        Runnable fillRecent = () -> {
            recent.getChildren().clear();
            vm.recentFiles().stream().limit(5).forEach(p -> recent.getChildren().add(recentLink(vm, p)));
            recentHead.setVisible(!recent.getChildren().isEmpty());
            recentHead.setManaged(recentHead.isVisible());
        };
        fillRecent.run();
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        Runnable fillProviders = () -> {
            providers.getChildren().clear();
            for (ProviderInfo p : prompt.providers()) {
                providers.getChildren().add(providerLine(p));
            }
        };
        fillProviders.run();
        prompt.providers().addListener((ListChangeListener<ProviderInfo>) c -> fillProviders.run());
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("welcome-section");
        return l;
    }

    private static Hyperlink recentLink(EditorViewModel vm, Path p) {
        Hyperlink link = new Hyperlink(String.valueOf(p.getFileName()));
        link.setMnemonicParsing(false);
        Path parent = p.toAbsolutePath().getParent();
        link.setTooltip(new javafx.scene.control.Tooltip(parent == null ? p.toString() : parent.toString()));
        link.setOnAction(e -> vm.open(p));
        return link;
    }

    private static Label providerLine(ProviderInfo p) {
        String state;
        if (!p.needsKey()) {
            state = "ready: offline and free, fills from the photo itself";
        } else if (p.ready()) {
            state = "ready (key from " + p.keyOrigin().map(o -> o.name().toLowerCase(java.util.Locale.ROOT))
                    .orElse("settings") + ")";
        } else {
            state = "needs a key";
        }
        FontIcon mark = new FontIcon(p.ready() ? "mdi2c-check-circle" : "mdi2k-key-outline");
        mark.getStyleClass().add(p.ready() ? "ready-icon" : "missing-icon");
        Label l = new Label(p.displayName() + " — " + state, mark);
        l.setId("welcomeProvider-" + p.id());
        return l;
    }
}
