package app.refill.ui;

import app.refill.ui.canvas.CanvasView;
import java.io.File;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Builds the editor window: menus, tool options, tool box, canvas, status bar; drag-and-drop and paste. */
public final class EditorWindow {
    private final EditorViewModel vm;
    private final CanvasView canvas;
    private final Scene scene;

    /** The window's icons (every size, largest last) and where settings and logs live, for About. */
    public record Look(List<Image> icons, java.nio.file.Path settingsDir, java.nio.file.Path logDir,
            Appearance appearance) {
        public Image largestIcon() {
            return icons.get(icons.size() - 1);
        }
    }

    public EditorWindow(EditorViewModel vm, Workbench work, Background background, Stage stage, Look look) {
        this.vm = vm;
        this.canvas = new CanvasView(vm, work.results(), background);
        SettingsDialog settings = new SettingsDialog(work.prompt(), work.save(), background);
        Runnable openSettings = () -> settings.show(stage);
        WelcomeView welcome = new WelcomeView(vm, work.prompt(), look.largestIcon(), openSettings);
        welcome.visibleProperty().bind(vm.sessionProperty().isNull());
        welcome.managedProperty().bind(welcome.visibleProperty());
        StackPane welcomeCentre = new StackPane(welcome);
        welcomeCentre.getStyleClass().add("welcome-centre");
        ScrollPane welcomeScroll = new ScrollPane(welcomeCentre);
        welcomeScroll.setFitToWidth(true);
        welcomeScroll.setFitToHeight(true);
        welcomeScroll.getStyleClass().add("welcome-scroll");
        welcomeScroll.visibleProperty().bind(welcome.visibleProperty());
        StackPane picture = new StackPane(canvas, welcomeScroll);
        BorderPane centre = new BorderPane(picture);
        centre.setTop(new CompareBar(work.results(), vm.sessionProperty()));
        stage.getIcons().setAll(look.icons());
        // the frame panel shows only while framing, and then it is what the user needs first
        JobsPanel jobs = new JobsPanel(work.jobs(), work.results(), work.save(), work.clock());
        LayersPanel layers = new LayersPanel(work.results(), work.prompt());
        VBox side = new VBox(new FramePanel(vm), new PromptPanel(work.prompt(), openSettings), jobs, layers);
        side.getStyleClass().add("side-column");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setPrefWidth(370);
        sideScroll.setMinWidth(300);
        sideScroll.getStyleClass().add("side-scroll");
        SideScroll.drawDirectly(sideScroll);

        BorderPane root = new BorderPane(centre);
        EditorKeys keys = new EditorKeys(vm, work.results(), canvas);
        MenuBar[] bar = new MenuBar[1];
        var actions = new EditorMenus.WindowActions(this::paste, openSettings, stage::close,
                () -> ShortcutSheet.show(stage, ShortcutSheet.rows(bar[0], keys.bindings())),
                () -> AboutDialog.show(stage, look.largestIcon(), look.settingsDir(), look.logDir(),
                        work.prompt().providers()));
        bar[0] = new EditorMenus(vm, work, canvas, actions, look.appearance()).build();
        root.setTop(new VBox(bar[0], new ToolOptionsBar(vm)));
        root.setLeft(new ToolBox(vm));
        root.setRight(sideScroll);
        root.setBottom(new StatusBar(vm, canvas));
        root.getStyleClass().add("editor");

        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(EditorWindow.class.getResource("refill.css").toExternalForm());
        PanelControls.rehearse(root, jobs.list(), layers.list());
        keys.install(scene);
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dropped);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setScene(scene);
    }

    public Scene scene() {
        return scene;
    }

    public CanvasView canvas() {
        return canvas;
    }

    /** Ctrl+V: an image on the clipboard opens as a new document; a copied image file opens from disk. */
    void paste() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasFiles() && !cb.getFiles().isEmpty()) {
            vm.open(cb.getFiles().get(0).toPath());
        } else if (cb.hasImage()) {
            Image img = cb.getImage();
            vm.openImage(() -> SwingFXUtils.fromFXImage(img, null), "Pasted image");
        } else {
            vm.messageProperty().set("The clipboard holds no image. Copy an image or an image file first.");
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        List<File> files = db.hasFiles() ? db.getFiles() : List.of();
        if (!files.isEmpty()) {
            vm.open(files.get(0).toPath());
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }
}
