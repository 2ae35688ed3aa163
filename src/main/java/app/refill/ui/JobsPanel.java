package app.refill.ui;

import app.refill.job.Job;
import app.refill.job.JobState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every job, newest first: what it works on (thumbnail), provider, state with queue position or progress,
 * elapsed time, cost; Cancel while it runs, Retry after a failure, Restore discarded results, Remove.
 */
final class JobsPanel extends VBox {
    private final JobsViewModel vm;
    private final ResultsViewModel results;
    private final SaveViewModel save;
    private final Supplier<Instant> clock;
    private final ListView<Job> list;
    /** Counts the seconds while a job runs; rows update their elapsed time on it. */
    private final LongProperty tick = new SimpleLongProperty();
    private final Timeline ticking;

    JobsPanel(JobsViewModel vm, ResultsViewModel results, SaveViewModel save, Supplier<Instant> clock) {
        this.vm = vm;
        this.results = results;
        this.save = save;
        this.clock = clock;
        setId("jobsPanel");
        getStyleClass().add("side-panel");
        setSpacing(6);
        setPadding(new Insets(12));
        Label title = new Label("Jobs");
        title.getStyleClass().add("panel-title");
        list = new ListView<>(vm.jobs());
        list.setId("jobList");
        list.setCellFactory(l -> new JobCell());
        list.setPrefHeight(170);
        list.setPlaceholder(PanelControls.placeholder("Submit (Ctrl+Enter) to start a job. Jobs run while you keep working."));
        // elapsed time of running jobs ticks once a second; the clock stops with the last running job, since a
        // running animation asks for a frame 60 times a second even when nothing on screen changes
        ticking = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick.set(tick.get() + 1)));
        ticking.setCycleCount(Animation.INDEFINITE);
        vm.revision().subscribe(r -> {
            if (vm.jobs().stream().anyMatch(j -> !j.state().isFinished())) {
                ticking.play();
            } else {
                ticking.stop();
            }
        });
        getChildren().addAll(title, list);
    }

    /** Whether the elapsed-time clock runs: only while a job is unfinished. */
    boolean ticking() {
        return ticking.getStatus() == Animation.Status.RUNNING;
    }

    /** The list of rows, for {@link PanelControls#rehearse} before the window shows. */
    ListView<Job> list() {
        return list;
    }

    /** "Generating 45 %", "In queue (position 3)", "Failed", … */
    static String stateText(Job j) {
        JobState s = j.state();
        var p = j.progress();
        if (s == JobState.IN_QUEUE && p.isPresent() && p.get().queuePosition() >= 0) {
            return "In queue (position " + (p.get().queuePosition() + 1) + ")";
        }
        if (s == JobState.GENERATING && p.isPresent() && p.get().fraction() >= 0) {
            return String.format(Locale.ROOT, "Generating %.0f %%", p.get().fraction() * 100);
        }
        if (s == JobState.DONE) {
            return "Done · " + j.results().size() + (j.results().size() == 1 ? " result" : " results");
        }
        return s.label();
    }

    static String costText(Job j) {
        if (j.state() == JobState.DONE) {
            return j.costUsd() == 0 ? "free" : String.format(Locale.ROOT, "$%.2f%s", j.costUsd(), j.costReported() ? "" : " (est.)");
        }
        return j.estimateUsd() == 0 ? "free" : String.format(Locale.ROOT, "≈ $%.2f", j.estimateUsd());
    }

    static String elapsedText(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }

    /** One job's row; its controls are made once and updated in place on every job event and clock tick. */
    private final class JobCell extends PanelControls.ReusedCell<Job> {
        private final ImageView thumb = Thumbnails.view(48);
        private final Label head = new Label();
        private final Label meta = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Label why = new Label();
        private final Button cancel = button("Cancel", "cancelJob", vm::cancel);
        private final Button retry = button("Retry", "retryJob", vm::retry);
        private final Button restore = button("Restore", "restoreJob", results::restoreDiscarded);
        private final Button export = button("Export…", "exportJob", save::exportJobWithDialog);
        private final Button remove = button("Remove", "removeJob", vm::remove);
        private final HBox buttons = new HBox(4);
        private final VBox text = new VBox(2);

        JobCell() {
            super(vm.revision(), tick);
        }

        @Override
        HBox row() {
            head.getStyleClass().add("job-head");
            meta.getStyleClass().add("hint");
            bar.setMaxWidth(Double.MAX_VALUE);
            // the list measures rows before the bar has a skin, which would make it 0 px high and squeezed out
            bar.setMinHeight(10);
            bar.setPrefHeight(10);
            why.setWrapText(true);
            why.setMaxWidth(200);
            why.getStyleClass().add("error");
            HBox.setHgrow(text, Priority.ALWAYS);
            // every control stays in the row for the cell's life and is shown or left out of the layout: a
            // node taken out and put back has its styles looked up again, and a new job at the top moves
            // every job into another row, whose bar and buttons would come and go in the submit's frame
            text.getChildren().setAll(head, meta, bar, why, buttons);
            buttons.getChildren().setAll(cancel, retry, restore, export, remove);
            HBox row = new HBox(8, thumb, text);
            row.setAlignment(Pos.TOP_LEFT);
            return row;
        }

        @Override
        void showEveryControl() {
            for (Node n : List.of(bar, why, cancel, retry, restore, export, remove)) {
                PanelControls.shown(n, true);
            }
        }

        @Override
        void show(Job j) {
            thumb.setImage(j.thumbnail().map(Thumbnails::image).orElse(null));
            head.setText("#" + j.id() + " " + j.spec().provider().displayName() + " · " + stateText(j));
            meta.setText(elapsedText(j.elapsed(clock.get())) + " · " + costText(j));
            boolean finished = j.state().isFinished();
            if (!finished) {
                // a hidden bar keeps its last value; an indeterminate one stops animating while hidden
                bar.setProgress(j.progress().map(p -> p.fraction()).filter(f -> f >= 0).orElse(-1.0));
            }
            why.setText(j.failure().orElse(""));
            PanelControls.shown(bar, !finished);
            PanelControls.shown(why, j.failure().isPresent());
            PanelControls.shown(cancel, !finished);
            PanelControls.shown(retry, j.state() == JobState.FAILED || j.state() == JobState.CANCELLED);
            PanelControls.shown(restore,
                    results.layers().stream().anyMatch(l -> l.job() == j && l.discardedProperty().get()));
            PanelControls.shown(export, j.state() == JobState.DONE);
            PanelControls.shown(remove, finished);
        }

        /** A small button acting on the job shown in this cell at the time of the click. */
        private Button button(String label, String id, Consumer<Job> action) {
            Button b = PanelControls.button(label, id, null, () -> {
                if (getItem() != null) {
                    action.accept(getItem());
                }
            });
            b.getStyleClass().add("small-button");
            return b;
        }
    }
}
