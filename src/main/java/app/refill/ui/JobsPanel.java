package app.refill.ui;

import app.refill.job.Job;
import app.refill.job.JobState;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
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
        vm.revision().subscribe(r -> list.refresh());
        // elapsed time of running jobs ticks once a second
        Timeline tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            if (vm.jobs().stream().anyMatch(j -> !j.state().isFinished())) {
                list.refresh();
            }
        }));
        tick.setCycleCount(Animation.INDEFINITE);
        tick.play();
        getChildren().addAll(title, list);
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

    private final class JobCell extends PanelControls.GraphicCell<Job> {
        @Override
        HBox graphic(Job j) {
            Label head = new Label("#" + j.id() + " " + j.spec().provider().displayName() + " · " + stateText(j));
            head.getStyleClass().add("job-head");
            Label meta = new Label(elapsedText(j.elapsed(clock.get())) + " · " + costText(j));
            meta.getStyleClass().add("hint");
            VBox text = new VBox(2, head, meta);
            if (!j.state().isFinished()) {
                ProgressBar bar = new ProgressBar(j.progress().map(p -> p.fraction()).filter(f -> f >= 0).orElse(-1.0));
                bar.setMaxWidth(Double.MAX_VALUE);
                text.getChildren().add(bar);
            }
            j.failure().ifPresent(f -> {
                Label why = new Label(f);
                why.setWrapText(true);
                why.setMaxWidth(200);
                why.getStyleClass().add("error");
                text.getChildren().add(why);
            });
            HBox buttons = new HBox(4);
            if (!j.state().isFinished()) {
                buttons.getChildren().add(button("Cancel", "cancelJob", () -> vm.cancel(j)));
            }
            if (j.state() == JobState.FAILED || j.state() == JobState.CANCELLED) {
                buttons.getChildren().add(button("Retry", "retryJob", () -> vm.retry(j)));
            }
            boolean anyDiscarded = results.layers().stream().anyMatch(l -> l.job() == j && l.discardedProperty().get());
            if (anyDiscarded) {
                buttons.getChildren().add(button("Restore", "restoreJob", () -> results.restoreDiscarded(j)));
            }
            if (j.state() == JobState.DONE) {
                buttons.getChildren().add(button("Export…", "exportJob", () -> save.exportJobWithDialog(j)));
            }
            if (j.state().isFinished()) {
                buttons.getChildren().add(button("Remove", "removeJob", () -> vm.remove(j)));
            }
            text.getChildren().add(buttons);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8);
            j.thumbnail().ifPresent(t -> row.getChildren().add(Thumbnails.view(t, 48)));
            row.getChildren().add(text);
            row.setAlignment(Pos.TOP_LEFT);
            return row;
        }

        private Button button(String text, String id, Runnable action) {
            Button b = PanelControls.button(text, id, null, action);
            b.getStyleClass().add("small-button");
            return b;
        }
    }
}
