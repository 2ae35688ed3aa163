package app.refill.job;

/** What the queue tells its listeners, always on the events executor (the UI thread in the app). */
public sealed interface JobEvent {
    Job job();

    /** A job was submitted (state QUEUED). */
    record Added(Job job) implements JobEvent {
    }

    /** State or progress changed while the job runs. */
    record Progressed(Job job) implements JobEvent {
    }

    /** The job ended: DONE with its results, FAILED with a reason, or CANCELLED. */
    record Finished(Job job) implements JobEvent {
    }

    /** The job was removed from the queue (its results go with it). */
    record Removed(Job job) implements JobEvent {
    }
}
