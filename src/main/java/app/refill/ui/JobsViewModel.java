package app.refill.ui;

import app.refill.job.Job;
import app.refill.job.JobEvent;
import app.refill.job.JobQueue;
import app.refill.job.JobState;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The jobs panel's list, newest first, and its commands. {@link #revision()} ticks on every job event so
 * rows redraw their state, progress and cost. A failure and a retry also go to the status line, which
 * still said the job was sent, or that it failed. UI thread only.
 */
public final class JobsViewModel {
    private final EditorViewModel editor;
    private final JobQueue queue;
    private final ObservableList<Job> jobs = FXCollections.observableArrayList();
    private final LongProperty revision = new SimpleLongProperty();

    public JobsViewModel(EditorViewModel editor, JobQueue queue) {
        this.editor = editor;
        this.queue = queue;
        queue.addListener(this::onEvent);
    }

    private void onEvent(JobEvent e) {
        if (e instanceof JobEvent.Added) {
            jobs.add(0, e.job());
        } else if (e instanceof JobEvent.Removed) {
            jobs.remove(e.job());
        } else if (e instanceof JobEvent.Finished && e.job().state() == JobState.FAILED) {
            // the reason says what to do
            editor.messageProperty().set("Job " + e.job().id() + " failed: "
                    + e.job().failure().orElse("no reason given."));
        }
        revision.set(revision.get() + 1);
    }

    /** The status line for a job sent to its provider, the first time or {@code again} after a retry. */
    static String sentLine(Job job, boolean again) {
        return "Job " + job.id() + " sent to " + job.spec().provider().displayName() + (again ? " again" : "")
                + ". Keep working; the result appears as a layer.";
    }

    public void cancel(Job job) {
        queue.cancel(job);
    }

    public void retry(Job job) {
        queue.retry(job);
        // a retry that ended at once has already said how
        if (!job.state().isFinished()) {
            editor.messageProperty().set(sentLine(job, true));
        }
    }

    public void remove(Job job) {
        queue.remove(job);
    }

    public ObservableList<Job> jobs() {
        return jobs;
    }

    public LongProperty revision() {
        return revision;
    }
}
