package app.refill.provider;

/** The job was cancelled (a job state, not a provider error). */
public final class JobCancelledException extends Exception {
    public JobCancelledException() {
        super("Cancelled.");
    }
}
