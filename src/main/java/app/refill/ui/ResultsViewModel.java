package app.refill.ui;

import app.refill.core.doc.DocumentChange;
import app.refill.core.doc.EditorSession;
import app.refill.core.doc.KeepResultEdit;
import app.refill.core.plan.ChangeHighlight;
import app.refill.core.plan.PastedResult;
import app.refill.job.GenerationMetadata;
import app.refill.job.Job;
import app.refill.job.JobEvent;
import app.refill.job.JobQueue;
import app.refill.job.JobResult;
import app.refill.job.JobState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Results as layers over the original, and how to compare, keep and discard them. A job's variations arrive
 * together; the first is selected and shown. Left/Right cycle the selected job's variations, Enter keeps the
 * shown one (an undoable edit that makes it the image), Delete discards it (restorable from the job), '*'
 * stars it. Layers made from an earlier image (before a keep) are not drawn over the current one, but can
 * still be kept. UI thread only; composing a kept result runs on a worker.
 */
public final class ResultsViewModel {
    private final EditorViewModel editor;
    private final Background background;
    /** Newest job first; a job's variations in their order. */
    private final ObservableList<ResultLayer> layers = FXCollections.observableArrayList();
    private final ObjectProperty<ResultLayer> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CompareMode> mode = new SimpleObjectProperty<>(CompareMode.LAYERS);
    private final DoubleProperty split = new SimpleDoubleProperty(0.5);
    private final BooleanProperty flashOriginal = new SimpleBooleanProperty(false);
    private final BooleanProperty solo = new SimpleBooleanProperty(false);
    /** The mask's version when the shown result arrived: the tint stays hidden over it until the mask changes. */
    private long shownAtMaskVersion = -1;
    /** Running jobs that have shown a preview, oldest first, with the preview drawn. */
    private final Map<Job, PastedResult> previewing = new LinkedHashMap<>();
    /** Ticks whenever what the canvas must draw changes. */
    private final LongProperty revision = new SimpleLongProperty();

    public ResultsViewModel(EditorViewModel editor, JobQueue queue, Background background) {
        this.editor = editor;
        this.background = background;
        queue.addListener(this::onJob);
        editor.sessionProperty().subscribe(s -> {
            if (s != null) {
                s.addChangeListener(c -> {
                    if (c instanceof DocumentChange.ContentReplaced) {
                        changed();
                    }
                });
            }
            changed();
        });
        selected.subscribe(l -> {
            computeDifferenceIfShown();
            changed();
        });
        mode.subscribe(m -> {
            computeDifferenceIfShown();
            changed();
        });
        split.subscribe(v -> changed());
        flashOriginal.subscribe(v -> changed());
        solo.subscribe(v -> changed());
    }

    private void onJob(JobEvent e) {
        Job job = e.job();
        // a redraw only when a preview comes or goes, not on every progress report of a job that has one
        if (e instanceof JobEvent.Progressed && job.preview().isPresent() && previewing.get(job) != job.preview().get()) {
            if (previewing.put(job, job.preview().get()) == null) {
                EditorSession s = editor.getSession();
                shownAtMaskVersion = s == null ? -1 : s.maskVersion();
                editor.messageProperty().set("Job " + job.id() + ": a quick preview shows while "
                        + job.spec().provider().displayName() + " works; its fill replaces it.");
            }
            changed();
        }
        if ((e instanceof JobEvent.Finished || e instanceof JobEvent.Removed) && previewing.remove(job) != null) {
            changed();
        }
        if (e instanceof JobEvent.Finished && job.state() == JobState.DONE && !job.results().isEmpty()) {
            List<ResultLayer> added = new ArrayList<>();
            for (JobResult r : job.results()) {
                ResultLayer l = new ResultLayer(job, r);
                l.visibleProperty().subscribe(v -> changed());
                l.opacityProperty().subscribe(v -> changed());
                l.discardedProperty().subscribe(v -> changed());
                l.starredProperty().subscribe(v -> changed());
                added.add(l);
            }
            layers.addAll(0, added);
            show(added.get(0));
            editor.messageProperty().set("Job " + job.id() + ": " + added.size() + (added.size() == 1 ? " result" : " results")
                    + " arrived. Left/Right cycles, Enter keeps, Delete discards, hold \\ for the original.");
        } else if (e instanceof JobEvent.Removed) {
            boolean wasSelected = selected.get() != null && selected.get().job() == job;
            layers.removeIf(l -> l.job() == job);
            if (wasSelected) {
                selected.set(layers.stream().filter(l -> !l.discardedProperty().get()).findFirst().orElse(null));
            }
            changed();
        }
    }

    /** Selects {@code l}, shows it and hides the other variations of its job. */
    public void show(ResultLayer l) {
        if (l == null) {
            return;
        }
        EditorSession s = editor.getSession();
        shownAtMaskVersion = s == null ? -1 : s.maskVersion();
        for (ResultLayer sibling : siblings(l)) {
            sibling.visibleProperty().set(sibling == l);
        }
        l.discardedProperty().set(false);
        selected.set(l);
        changed();
    }

    /**
     * True while a result is drawn and the mask is as it was when the result arrived: the pink tint would hide
     * the result, so it steps aside until the user paints again.
     */
    public boolean tintSteppedAside() {
        EditorSession s = editor.getSession();
        return s != null && !(drawn().isEmpty() && drawnPreviews().isEmpty()) && s.maskVersion() == shownAtMaskVersion;
    }

    /** Left/Right: the previous or next variation of the selected job. */
    public void cycle(int direction) {
        ResultLayer now = selected.get();
        if (now == null) {
            return;
        }
        List<ResultLayer> list = siblings(now).stream().filter(l -> !l.discardedProperty().get() || l == now).toList();
        int i = list.indexOf(now);
        show(list.get(Math.floorMod(i + direction, list.size())));
    }

    /** Enter: the shown result becomes the image (undoable); for an expand the canvas grows to the frame. */
    public void keepSelected() {
        ResultLayer l = selected.get();
        EditorSession s = editor.getSession();
        if (l == null || s == null) {
            editor.messageProperty().set("No result to keep yet.");
            return;
        }
        var base = l.job().spec().snapshot();
        editor.messageProperty().set("Keeping " + l.name() + "…");
        background.run(() -> l.result().pasted().compose(base), image -> {
            if (editor.getSession() != s) {
                return;
            }
            editor.cancelTool(editor.toolProperty().get());
            String generation = GenerationMetadata.of(l.job(), l.result(), image.getWidth(), image.getHeight());
            s.perform(KeepResultEdit.of(s.document(), image, generation, "Keep " + l.name()));
            editor.messageProperty().set("Kept " + l.name() + " as the image (" + image.getWidth() + " × "
                    + image.getHeight() + " px). Ctrl+Z undoes it.");
        }, e -> editor.messageProperty().set("Can't keep the result: " + e.getMessage()));
    }

    /** Delete: hides the shown result and moves to the next variation; the job can restore it. */
    public void discardSelected() {
        ResultLayer l = selected.get();
        if (l == null) {
            return;
        }
        l.discardedProperty().set(true);
        l.visibleProperty().set(false);
        Optional<ResultLayer> next = siblings(l).stream().filter(x -> !x.discardedProperty().get()).findFirst()
                .or(() -> layers.stream().filter(x -> !x.discardedProperty().get()).findFirst());
        next.ifPresentOrElse(this::show, () -> selected.set(null));
        editor.messageProperty().set("Discarded " + l.name() + ". Restore it from its job in the Jobs panel.");
    }

    /** Brings a job's discarded results back. */
    public void restoreDiscarded(Job job) {
        layers.stream().filter(l -> l.job() == job && l.discardedProperty().get()).forEach(l -> l.discardedProperty().set(false));
        layers.stream().filter(l -> l.job() == job).findFirst().ifPresent(this::show);
    }

    /** '*': stars or unstars the shown result. */
    public void toggleStar() {
        ResultLayer l = selected.get();
        if (l != null) {
            l.starredProperty().set(!l.starredProperty().get());
        }
    }

    /** True when {@code l} was made from the image as it is now (no keep since), so it lines up with it. */
    public boolean isOnCurrentImage(ResultLayer l) {
        EditorSession s = editor.getSession();
        return s != null && l.job().spec().snapshot().image() == s.document().image();
    }

    /**
     * The previews of running jobs to draw over the layers, oldest first: not while the original is flashed,
     * and only those made from the picture on screen.
     */
    public List<Job> drawnPreviews() {
        EditorSession s = editor.getSession();
        if (flashOriginal.get() || s == null) {
            return List.of();
        }
        return previewing.keySet().stream().filter(j -> j.spec().snapshot().image() == s.document().image()).toList();
    }

    /** The layers to draw over the original, bottom first, as the compare settings say. */
    public List<ResultLayer> drawn() {
        if (flashOriginal.get()) {
            return List.of();
        }
        ResultLayer sel = selected.get();
        if (mode.get() != CompareMode.LAYERS || solo.get()) {
            return sel != null && isOnCurrentImage(sel) ? List.of(sel) : List.of();
        }
        List<ResultLayer> out = new ArrayList<>(layers.stream().filter(l -> l.visibleProperty().get()
                && !l.discardedProperty().get() && isOnCurrentImage(l)).toList());
        out.sort(Comparator.comparingInt((ResultLayer l) -> l.job().id()).thenComparingInt(l -> l.result().index()));
        return out;
    }

    private List<ResultLayer> siblings(ResultLayer l) {
        return layers.stream().filter(x -> x.job() == l.job()).toList();
    }

    private void computeDifferenceIfShown() {
        ResultLayer l = selected.get();
        if (mode.get() != CompareMode.DIFFERENCE || l == null || l.difference() != null) {
            return;
        }
        background.run(() -> ChangeHighlight.of(l.result().pasted(), l.job().spec().snapshot()), d -> {
            l.difference(d);
            changed();
        }, e -> editor.messageProperty().set("Can't compute the difference: " + e.getMessage()));
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    // ---- properties ----------------------------------------------------------------------------------

    public ObservableList<ResultLayer> layers() {
        return layers;
    }

    public ObjectProperty<ResultLayer> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CompareMode> modeProperty() {
        return mode;
    }

    /** Split divider position, 0 (left edge of the view) to 1 (right edge). */
    public DoubleProperty splitProperty() {
        return split;
    }

    /** True while '\' is held: only the original is drawn. */
    public BooleanProperty flashOriginalProperty() {
        return flashOriginal;
    }

    public BooleanProperty soloProperty() {
        return solo;
    }

    public LongProperty revision() {
        return revision;
    }
}
