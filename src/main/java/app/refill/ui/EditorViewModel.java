package app.refill.ui;

import app.refill.core.doc.Document;
import app.refill.core.doc.DocumentChange;
import app.refill.core.doc.OutsetsEdit;
import app.refill.core.doc.EditorSession;
import app.refill.core.geom.Anchor;
import app.refill.core.geom.FrameInput;
import app.refill.core.geom.FramePreset;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import app.refill.core.image.io.ImageLoader;
import app.refill.core.image.io.LoadedImage;
import app.refill.core.image.io.MaskCodec;
import app.refill.core.tool.BrushSettings;
import app.refill.core.tool.FrameTool;
import app.refill.core.tool.LassoTool;
import app.refill.core.tool.MaskBrushTool;
import app.refill.core.tool.PolygonLassoTool;
import app.refill.core.tool.RectangleTool;
import app.refill.core.tool.Tool;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;

/**
 * State and commands of the editor window, free of nodes: the open session, the current tool and brush,
 * mask display settings, undo state, and the file and mask commands. Disk and whole-mask work run through
 * {@link Background}; everything here is touched on the UI thread only.
 */
public final class EditorViewModel {
    private final ImageLoader loader;
    private final MaskFiles maskFiles;
    private final Background background;
    private final UserDialogs dialogs;
    private final RecentFiles recent;
    private Consumer<Path> projectOpener;
    static final String SAMPLE = "/app/refill/assets/sample/garden.jpg";

    private final ReadOnlyObjectWrapper<EditorSession> session = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ToolKind> tool = new SimpleObjectProperty<>(ToolKind.BRUSH);
    private final ObjectProperty<BrushSettings> brush = new SimpleObjectProperty<>(new BrushSettings(64, 0.5));
    private final ObjectProperty<Color> tintColor = new SimpleObjectProperty<>(Color.rgb(255, 45, 85));
    private final DoubleProperty tintOpacity = new SimpleDoubleProperty(0.5);
    private final BooleanProperty tintVisible = new SimpleBooleanProperty(true);
    private final HistoryState history = new HistoryState();
    private final MaskCommands masks;
    private final StringProperty message = new SimpleStringProperty("Open an image to start (Ctrl+O, drop a file, or paste).");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final Map<ToolKind, Tool> tools = new EnumMap<>(ToolKind.class);
    private final ReadOnlyObjectWrapper<Outsets> frame = new ReadOnlyObjectWrapper<>(Outsets.NONE);
    private final ReadOnlyObjectWrapper<Size> imageSize = new ReadOnlyObjectWrapper<>();

    public EditorViewModel(ImageLoader loader, Background background, UserDialogs dialogs, RecentFiles recent) {
        this.loader = loader;
        this.maskFiles = new MaskFiles(this, new MaskCodec(loader), background, dialogs);
        this.background = background;
        this.dialogs = dialogs;
        this.masks = new MaskCommands(this, background, dialogs);
        this.recent = recent;
        Supplier<BrushSettings> brushNow = brush::get;
        tools.put(ToolKind.BRUSH, MaskBrushTool.brush(brushNow));
        tools.put(ToolKind.ERASER, MaskBrushTool.eraser(brushNow));
        tools.put(ToolKind.RECTANGLE, new RectangleTool());
        tools.put(ToolKind.LASSO, new LassoTool());
        tools.put(ToolKind.POLYGON, new PolygonLassoTool());
        tools.put(ToolKind.FRAME, new FrameTool());
        tool.addListener((obs, before, after) -> cancelTool(before));
        recentFiles.setAll(recent.list());
    }

    // ---- opening -------------------------------------------------------------------------------------

    public void openWithDialog() {
        dialogs.chooseImageToOpen().ifPresent(this::open);
    }

    /** Who opens {@code .refill} projects (the project view model); the editor itself opens images. */
    public void setProjectOpener(Consumer<Path> opener) {
        projectOpener = opener;
    }

    /** Opens a file in the background; on failure the current document stays as it was. */
    public void open(Path file) {
        if (app.refill.project.ProjectFile.isProject(file) && projectOpener != null) {
            projectOpener.accept(file);
            return;
        }
        message.set("Opening " + file.getFileName() + "…");
        background.run(() -> {
            LoadedImage loaded = loader.load(file);
            return new Opened(new Document(loaded.image(), String.valueOf(file.getFileName()), file), loaded);
        }, opened -> {
            install(opened.document(), opened.loaded());
            remember(file);
        }, e -> {
            if (e instanceof app.refill.core.image.io.ImageLoadException && !java.nio.file.Files.exists(file)) {
                recent.remove(file);
                recentFiles.setAll(recent.list());
            }
            fail("Can't open image", e);
        });
    }

    /** Opens pixels that did not come from a file (clipboard). */
    public void openImage(Supplier<BufferedImage> pixels, String name) {
        background.run(() -> {
                    BufferedImage img = ImageLoader.normalise(pixels.get());
                    return new Opened(new Document(img, name, null), new LoadedImage(img, "clipboard", 1));
                }, opened -> install(opened.document(), opened.loaded()),
                e -> fail("Can't paste image", e));
    }

    /** Opens the photo that ships with Refill, for a first try from the welcome view. */
    public void openSample() {
        message.set("Opening the sample photo…");
        background.run(() -> {
            try (var in = EditorViewModel.class.getResourceAsStream(SAMPLE)) {
                if (in == null) {
                    throw new java.io.FileNotFoundException("the sample photo is missing from this build");
                }
                LoadedImage loaded = loader.load(in, "garden.jpg");
                return new Opened(new Document(loaded.image(), "garden.jpg", null), loaded);
            }
        }, opened -> install(opened.document(), "Opened the sample photo. Paint over something to remove (B), "
                + "then press Ctrl+Enter: Local fills it offline."), e -> fail("Can't open the sample photo", e));
    }

    /** A document built on the worker (its mask allocated there too), ready to show. */
    private record Opened(Document document, LoadedImage loaded) {
    }

    /** Adds a file to File > Open Recent. */
    public void remember(Path file) {
        recent.add(file);
        recentFiles.setAll(recent.list());
    }

    private void install(Document doc, LoadedImage loaded) {
        String turned = loaded.orientation() == 1 ? "" : " (turned upright from its EXIF orientation)";
        install(doc, "Opened " + doc.name() + ", " + doc.size() + " px" + turned + ".");
    }

    /** Shows a document built on a worker (an opened image or project) in place of the current one. */
    public EditorSession install(Document doc, String openedMessage) {
        EditorSession old = session.get();
        if (old != null) {
            cancelTool(tool.get());
        }
        EditorSession s = new EditorSession(doc);
        s.history().addListener(() -> refreshHistoryState(s));
        s.addChangeListener(change -> {
            // a kept expand (or its undo) replaces the frame along with the image
            if ((change instanceof DocumentChange.FrameChanged || change instanceof DocumentChange.ContentReplaced)
                    && s == session.get()) {
                frame.set(s.document().outsets());
                imageSize.set(s.document().size());
            }
        });
        frame.set(doc.outsets());
        imageSize.set(doc.size());
        // Save As, Export and Open start beside the photo, however it was opened (drop, recent, command line)
        doc.source().map(Path::getParent).ifPresent(dialogs::startIn);
        session.set(s);
        refreshHistoryState(s);
        message.set(openedMessage);
        return s;
    }

    private void refreshHistoryState(EditorSession s) {
        if (s != session.get()) {
            return;
        }
        history.refresh(s);
    }

    // ---- history -------------------------------------------------------------------------------------

    public void undo() {
        current().ifPresent(s -> {
            cancelTool(tool.get());
            // a kept result's line would otherwise go on saying it was kept
            s.history().undoLabel().ifPresent(what -> message.set("Undid " + what + "."));
            s.undo();
        });
    }

    public void redo() {
        current().ifPresent(s -> {
            cancelTool(tool.get());
            s.history().redoLabel().ifPresent(what -> message.set("Redid " + what + "."));
            s.redo();
        });
    }

    // ---- mask commands -------------------------------------------------------------------------------

    /** Invert, clear, grow, shrink, feather and imports: each computed on a worker, one undo step. */
    public MaskCommands masks() {
        return masks;
    }

    // ---- outpaint frame ------------------------------------------------------------------------------

    /** A typed side: applied rounded and clamped, or refused (frame unchanged) when not a number. */
    public FrameInput setFrameSide(Outsets.Side side, String text) {
        FrameInput in = FrameInput.parse(text);
        if (in.accepted()) {
            changeFrame(frame.get().with(side, in.value()));
        }
        message.set(in.note().isEmpty() ? message.get() : in.note());
        return in;
    }

    /** Extends the canvas to a ratio around the anchored image; returns why not when it cannot. */
    public Optional<String> applyPreset(double ratioW, double ratioH, Anchor anchor) {
        EditorSession s = current().orElse(null);
        if (s == null) {
            return Optional.empty();
        }
        FramePreset.Result r = FramePreset.apply(s.document().size(), ratioW, ratioH, anchor);
        r.problem().ifPresentOrElse(message::set, () -> changeFrame(r.outsets()));
        return r.problem();
    }

    public void resetFrame() {
        changeFrame(Outsets.NONE);
    }

    private void changeFrame(Outsets next) {
        current().ifPresent(s -> {
            Outsets now = s.document().outsets();
            if (!next.equals(now)) {
                cancelTool(tool.get());
                s.perform(new OutsetsEdit(now, next, new Object()));
            }
        });
    }

    public ReadOnlyObjectProperty<Outsets> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The image's size in pixels, also after a kept expand (or its undo) changes it; null before a photo. */
    public ReadOnlyObjectProperty<Size> imageSizeProperty() {
        return imageSize.getReadOnlyProperty();
    }

    // ---- tools ---------------------------------------------------------------------------------------

    public Tool activeTool() {
        return tools.get(tool.get());
    }

    public void cancelTool(ToolKind kind) {
        EditorSession s = session.get();
        if (s != null && kind != null) {
            tools.get(kind).cancel(s);
        }
    }

    public void stepBrushSize(int direction) {
        brush.set(brush.get().stepSize(direction));
    }

    void fail(String title, Exception e) {
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        message.set(text);
        dialogs.showError(title, text);
    }

    private Optional<EditorSession> current() {
        return Optional.ofNullable(session.get());
    }

    // ---- properties ----------------------------------------------------------------------------------

    /** Import and export of the mask as a file. */
    public MaskFiles maskFiles() {
        return maskFiles;
    }

    public ReadOnlyObjectProperty<EditorSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public EditorSession getSession() {
        return session.get();
    }

    public ObjectProperty<ToolKind> toolProperty() {
        return tool;
    }

    public ObjectProperty<BrushSettings> brushProperty() {
        return brush;
    }

    public ObjectProperty<Color> tintColorProperty() {
        return tintColor;
    }

    public DoubleProperty tintOpacityProperty() {
        return tintOpacity;
    }

    public BooleanProperty tintVisibleProperty() {
        return tintVisible;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return history.dirty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndo();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedo();
    }

    /** The edit Undo would take back, as the Edit menu names it; null when there is none. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return history.undoLabel();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return history.redoLabel();
    }

    public ReadOnlyStringProperty titleProperty() {
        return history.title();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }
}
