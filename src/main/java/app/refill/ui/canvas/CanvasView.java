package app.refill.ui.canvas;

import app.refill.core.doc.DocumentChange;
import app.refill.core.doc.EditorSession;
import app.refill.core.geom.ImagePoint;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Viewport;
import app.refill.core.tool.FrameTool;
import app.refill.core.tool.Pointer;
import app.refill.core.tool.Tool;
import app.refill.ui.Background;
import app.refill.ui.CompareMode;
import app.refill.ui.EditorViewModel;
import app.refill.ui.ResultsViewModel;
import app.refill.ui.ToolKind;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The picture: the image, the mask tint over it, tool previews and the brush outline, with zoom and pan. It
 * shows the document through a {@link Viewport} ({@link CanvasViewport} keeps which part); pointer events
 * become image-space {@link Pointer}s for the current tool. Image pixels are shared with the document (no
 * copy); mask changes update only their rectangle. UI thread only.
 */
public final class CanvasView extends Region {
    private static final double DIVIDER_GRAB = 14;

    private final EditorViewModel vm;
    private final ResultsViewModel results;
    private final CanvasScene scene;
    private final Pane stage = new Pane();
    private final Canvas picture = new Canvas();
    private final Canvas overlay = new Canvas();
    private final PictureRenderer renderer = new PictureRenderer(picture);
    private final OverlayPainter painter;
    private final LayerImages images;
    private final CanvasViewport viewport;
    private final CanvasScrollBars bars;
    private final ReadOnlyObjectWrapper<ImagePoint> cursor = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty spaceDown = new SimpleBooleanProperty();
    private final ShownPictures pictures;
    private boolean panning;
    private boolean toolActive;
    private double lastX;
    private double lastY;
    private boolean pointerInside;
    private boolean draggingSplit;
    /**
     * Redraws are coalesced to one per frame: a result arriving changes several properties, and each canvas
     * redraw of a large photo costs a full scaled draw in the renderer (seconds' worth on the software
     * pipeline when several pile up in one frame).
     */
    private boolean redrawPending;
    private final AnimationTimer redrawOnPulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            if (redrawPending) {
                drawPictureNow();
            }
        }
    };

    public CanvasView(EditorViewModel vm, ResultsViewModel results, Background background) {
        this.vm = vm;
        this.results = results;
        this.images = new LayerImages(background, this::redrawPicture);
        this.scene = new CanvasScene(results, images);
        this.pictures = new ShownPictures(vm, images, background, this::redrawPicture);
        this.viewport = new CanvasViewport(vm, this::viewWidth, this::viewHeight);
        this.bars = new CanvasScrollBars(viewport::scrolledTo);
        setId("canvas");
        getStyleClass().add("canvas-view");
        setFocusTraversable(true);
        picture.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        stage.getChildren().addAll(picture, overlay);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(stage.widthProperty());
        clip.heightProperty().bind(stage.heightProperty());
        stage.setClip(clip);
        getChildren().addAll(stage, bars.horizontal, bars.vertical);
        painter = new OverlayPainter(overlay);

        vm.tintVisibleProperty().subscribe(v -> redrawPicture());
        vm.tintOpacityProperty().subscribe(v -> redrawPicture());
        vm.sessionProperty().subscribe(this::show);
        results.revision().subscribe(r -> redrawPicture());
        results.modeProperty().subscribe((before, after) -> {
            if (before == CompareMode.SIDE_BY_SIDE || after == CompareMode.SIDE_BY_SIDE) {
                refitOrApply();
            }
        });
        viewport.property().subscribe(v -> applyViewport());
        vm.brushProperty().subscribe(b -> redrawOverlay());
        vm.toolProperty().subscribe(t -> {
            updateCursor();
            redrawOverlay();
        });
        spaceDown.subscribe(d -> updateCursor());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            track(e);
            redrawOverlay();
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            pointerInside = false;
            cursor.set(null);
            redrawOverlay();
        });
        addEventHandler(ScrollEvent.SCROLL, this::scroll);
    }

    // ---- document --------------------------------------------------------------------------------------

    private void show(EditorSession s) {
        if (s == null) {
            pictures.clear();
            redrawPicture();
            return;
        }
        pictures.show(s);
        s.addChangeListener(change -> {
            if (change instanceof DocumentChange.MaskChanged m) {
                pictures.maskChanged(s, m.rect());
            } else if (vm.getSession() == s && change instanceof DocumentChange.ContentReplaced) {
                pictures.show(s);
                refitOrApply();
            } else if (vm.getSession() == s && change instanceof DocumentChange.FrameChanged) {
                // a typed side, a preset or an undo keeps the whole canvas in view; a drag refits on release
                refitOrApply();
            }
        });
        viewport.fit();
    }

    private void refitOrApply() {
        if (viewport.isFitMode() && !toolActive) {
            viewport.fit();
        } else {
            applyViewport();
        }
    }

    /** True once the mask tint is on screen (it follows the photo by a moment). */
    public boolean isMaskShown() {
        return pictures.mask() != null;
    }

    // ---- zoom and pan ----------------------------------------------------------------------------------

    public void fit() {
        viewport.fit();
    }

    /** Zooms about the pointer, or about the middle of the view when the pointer is elsewhere. */
    public void zoomTo(double scale) {
        viewport.zoomTo(scale, pointerInside ? lastX : viewWidth() / 2, pointerInside ? lastY : viewHeight() / 2);
    }

    public void zoomStep(int direction) {
        zoomTo(Viewport.stepScale(viewport.get().scale(), direction));
    }

    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
    }

    private void applyViewport() {
        EditorSession s = vm.getSession();
        Viewport v = viewport.get();
        if (s == null) {
            return;
        }
        redrawPicture();
        bars.sync(CanvasViewport.canvasRect(s), v, viewWidth(), viewHeight());
        redrawOverlay();
    }

    private void scroll(ScrollEvent e) {
        if (vm.getSession() == null) {
            return;
        }
        if (e.isControlDown() || e.isShortcutDown()) {
            viewport.zoomTo(viewport.get().scale() * Math.exp(e.getDeltaY() * 0.005), e.getX(), e.getY());
        } else {
            panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    // ---- pointer ---------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        requestFocus();
        track(e);
        EditorSession s = vm.getSession();
        if (s == null) {
            return;
        }
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown.get())) {
            panning = true;
            setCursor(Cursor.CLOSED_HAND);
        } else if (e.getButton() == MouseButton.PRIMARY && nearDivider(e.getX())) {
            draggingSplit = true;
        } else if (e.getButton() == MouseButton.PRIMARY) {
            toolActive = true;
            vm.activeTool().pressed(s, pointer(e));
        }
        redrawOverlay();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        track(e);
        EditorSession s = vm.getSession();
        if (panning) {
            panBy(dx, dy);
        } else if (draggingSplit) {
            results.splitProperty().set(Math.max(0, Math.min(1, e.getX() / viewWidth())));
        } else if (toolActive && s != null) {
            vm.activeTool().dragged(s, pointer(e));
        }
        redrawOverlay();
        e.consume();
    }

    private void released(MouseEvent e) {
        track(e);
        EditorSession s = vm.getSession();
        if (panning) {
            panning = false;
            updateCursor();
        } else if (draggingSplit) {
            draggingSplit = false;
        } else if (toolActive && s != null) {
            toolActive = false;
            vm.activeTool().released(s, pointer(e));
            if (viewport.isFitMode()) {
                viewport.fit();
            }
        }
        redrawOverlay();
        e.consume();
    }

    private void moved(MouseEvent e) {
        track(e);
        EditorSession s = vm.getSession();
        if (s != null && nearDivider(e.getX())) {
            setCursor(Cursor.H_RESIZE);
        } else if (s != null) {
            vm.activeTool().moved(s, pointer(e));
            updateCursor();
            if (vm.toolProperty().get() == ToolKind.FRAME && !spaceDown.get()) {
                setCursor(FrameTool.handleAt(s.document(), pointer(e)).map(CanvasCursors::resize).orElse(Cursor.DEFAULT));
            }
        }
        redrawOverlay();
    }

    private boolean nearDivider(double x) {
        return results.modeProperty().get() == CompareMode.SPLIT && vm.getSession() != null
                && Math.abs(x - Math.round(results.splitProperty().get() * viewWidth())) <= DIVIDER_GRAB;
    }

    private void track(MouseEvent e) {
        lastX = paneX(e.getX());
        lastY = e.getY();
        pointerInside = true;
        Viewport v = viewport.get();
        cursor.set(vm.getSession() == null ? null : new ImagePoint(v.toImageX(lastX), v.toImageY(lastY)));
    }

    private Pointer pointer(MouseEvent e) {
        Viewport v = viewport.get();
        return new Pointer(v.toImageX(paneX(e.getX())), v.toImageY(e.getY()), e.isShiftDown(), e.isAltDown(),
                e.getClickCount(), 1 / v.scale());
    }

    private void updateCursor() {
        setCursor(CanvasCursors.forTool(vm.toolProperty().get(), spaceDown.get(), panning));
    }

    /** Side by side, the right pane shows the same image region as the left: its x maps back to the left. */
    private double paneX(double x) {
        double half = Math.floor(stage.getWidth() / 2);
        return results.modeProperty().get() == CompareMode.SIDE_BY_SIDE && x >= half ? x - half : x;
    }

    private void redrawPicture() {
        if (!redrawPending) {
            redrawPending = true;
            redrawOnPulse.start();
        }
    }

    private void drawPictureNow() {
        redrawPending = false;
        MaskOverlay mask = pictures.mask();
        boolean showTint = mask != null && vm.tintVisibleProperty().get();
        renderer.draw(viewport.get(), scene.of(vm.getSession(), pictures.photo(), showTint ? mask.levels() : null,
                showTint ? mask.tinted() : PixelRect.EMPTY, vm.tintOpacityProperty().get()));
    }

    /** Tool previews and the brush outline, redrawn on every pointer move (a cheap, view-sized canvas). */
    public void redrawOverlay() {
        Tool tool = vm.activeTool();
        boolean showBrush = pointerInside && vm.toolProperty().get().isBrush() && !spaceDown.get()
                && vm.getSession() != null;
        EditorSession s = vm.getSession();
        OverlayPainter.FrameView frame = s == null ? null : new OverlayPainter.FrameView(s.document().size(),
                s.document().outsets(), vm.toolProperty().get() == ToolKind.FRAME);
        painter.paint(viewport.get(), tool.preview(), frame, showBrush, lastX, lastY,
                vm.brushProperty().get().size() * viewport.get().scale());
    }

    @Override
    protected void layoutChildren() {
        double bar = 14;
        double w = getWidth() - bar;
        double h = getHeight() - bar;
        stage.resizeRelocate(0, 0, w, h);
        overlay.setWidth(w);
        overlay.setHeight(h);
        picture.setWidth(w);
        picture.setHeight(h);
        bars.horizontal.resizeRelocate(0, h, w, bar);
        bars.vertical.resizeRelocate(w, 0, bar, h);
        // never refit under a drag: the handle being dragged would run away from the pointer
        refitOrApply();
    }

    /** The width one picture gets: half the view side by side. */
    private double viewWidth() {
        double w = Math.max(1, stage.getWidth());
        return results.modeProperty().get() == CompareMode.SIDE_BY_SIDE ? Math.max(1, Math.floor(w / 2)) : w;
    }

    private double viewHeight() {
        return Math.max(1, stage.getHeight());
    }

    // ---- properties ------------------------------------------------------------------------------------

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport.property();
    }

    /** Image-space position of the pointer, or null when it is outside the canvas. */
    public ReadOnlyObjectProperty<ImagePoint> pointerPositionProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** Set by the window while the space bar is held (space+drag pans). */
    public BooleanProperty spaceDownProperty() {
        return spaceDown;
    }

    public boolean isFitMode() {
        return viewport.isFitMode();
    }

    /** What the picture layer (photo and tint, no tool overlay) currently shows, in view pixels. */
    public Image pictureSnapshot() {
        if (redrawPending) {
            drawPictureNow();
        }
        return picture.snapshot(null, null);
    }

    /** The photo as drawn, with its zoomed-out copies once they are made. */
    DisplayLevels photoLevels() {
        return pictures.photo();
    }

    /** Overlay pixel for tests: the premultiplied tint at an image pixel. */
    int overlayPixel(int x, int y) {
        return pictures.mask().pixel(x, y);
    }
}
