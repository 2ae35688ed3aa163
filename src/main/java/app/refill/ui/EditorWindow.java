package app.refill.ui;

import app.refill.ui.canvas.CanvasView;
import java.io.File;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

    public EditorWindow(EditorViewModel vm, Workbench work, Background background, Stage stage) {
        this.vm = vm;
        this.canvas = new CanvasView(vm, work.results(), background);
        Label empty = new Label("Open an image to start\n\nFile > Open (Ctrl+O), drop a file here, or paste (Ctrl+V)");
        empty.setId("emptyHint");
        empty.getStyleClass().add("empty-hint");
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(vm.sessionProperty().isNull());
        StackPane picture = new StackPane(canvas, empty);
        StackPane.setAlignment(empty, Pos.CENTER);
        BorderPane centre = new BorderPane(picture);
        centre.setTop(new CompareBar(work.results()));

        SettingsDialog settings = new SettingsDialog(work.prompt(), work.save(), background);
        Runnable openSettings = () -> settings.show(stage);
        // the frame panel shows only while framing, and then it is what the user needs first
        VBox side = new VBox(new FramePanel(vm), new PromptPanel(work.prompt(), openSettings),
                new JobsPanel(work.jobs(), work.results(), work.save(), work.clock()),
                new LayersPanel(work.results(), work.prompt()));
        side.getStyleClass().add("side-column");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setPrefWidth(340);
        sideScroll.setMinWidth(300);
        sideScroll.getStyleClass().add("side-scroll");

        BorderPane root = new BorderPane(centre);
        root.setTop(new VBox(new EditorMenus(vm, work, canvas, this::paste, openSettings, stage::close).build(),
                new ToolOptionsBar(vm)));
        root.setLeft(new ToolBox(vm));
        root.setRight(sideScroll);
        root.setBottom(new StatusBar(vm, canvas));
        root.getStyleClass().add("editor");

        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(EditorWindow.class.getResource("refill.css").toExternalForm());
        new EditorKeys(vm, work.results(), canvas).install(scene);
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
