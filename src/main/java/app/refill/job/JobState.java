package app.refill.job;

/** Where a job is, as the jobs panel shows it. */
public enum JobState {
    QUEUED("Queued"),
    SUBMITTING("Submitting"),
    IN_QUEUE("In queue"),
    GENERATING("Generating"),
    DOWNLOADING("Downloading"),
    DONE("Done"),
    FAILED("Failed"),
    CANCELLED("Cancelled");

    private final String label;

    JobState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
