package app.refill.job;

import app.refill.core.plan.PastedResult;
import app.refill.core.plan.Thumbnail;
import app.refill.provider.Progress;
import app.refill.provider.ProviderException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One submitted generation as the UI sees it. Changed only by its {@link JobQueue}, on the events executor;
 * read there too. Its spec (snapshot, provider, parameters) never changes, so a retry sends the same request.
 */
public final class Job {
    private final int id;
    private final JobSpec spec;
    private final double estimateUsd;
    private Thumbnail thumbnail;
    private JobState state = JobState.QUEUED;
    private Progress progress;
    private Instant started;
    private Instant ended;
    private String failure;
    private ProviderException.Kind failureKind;
    private List<JobResult> results = List.of();
    private PastedResult preview;
    private int attempts;

    Job(int id, JobSpec spec, double estimateUsd) {
        this.id = id;
        this.spec = spec;
        this.estimateUsd = estimateUsd;
    }

    public int id() {
        return id;
    }

    public JobSpec spec() {
        return spec;
    }

    public JobState state() {
        return state;
    }

    /** The latest progress the provider reported while running; empty before the first report. */
    public Optional<Progress> progress() {
        return Optional.ofNullable(progress);
    }

    /**
     * A rough result pasted back while the job runs (Local's instant fill), to show until the real results
     * arrive; gone once the job ends.
     */
    public Optional<PastedResult> preview() {
        return Optional.ofNullable(preview);
    }

    void preview(PastedResult p) {
        preview = p;
    }

    /** The mask or frame the job works on, once drawn (a moment after submit). */
    public Optional<Thumbnail> thumbnail() {
        return Optional.ofNullable(thumbnail);
    }

    /** Time spent running (not waiting in Refill's own queue); to now while it runs. */
    public Duration elapsed(Instant now) {
        if (started == null) {
            return Duration.ZERO;
        }
        return Duration.between(started, ended == null ? now : ended);
    }

    /** Why it failed, in the user's terms (what happened and what to do). */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public Optional<ProviderException.Kind> failureKind() {
        return Optional.ofNullable(failureKind);
    }

    public List<JobResult> results() {
        return results;
    }

    /** Runs so far (1 after the first, more after retries). */
    public int attempts() {
        return attempts;
    }

    /** The estimate from the provider's pricing, made at submit. */
    public double estimateUsd() {
        return estimateUsd;
    }

    /**
     * What the job costs: the sum the provider reported where it reported every result's cost, otherwise the
     * estimate; nothing while it has not succeeded (failed and cancelled jobs are not charged an estimate).
     */
    public double costUsd() {
        if (state != JobState.DONE) {
            return 0;
        }
        return costReported() ? results.stream().mapToDouble(JobResult::costUsd).sum() : estimateUsd;
    }

    /** True when the cost shown comes from the provider rather than the estimate. */
    public boolean costReported() {
        return state == JobState.DONE && !results.isEmpty() && results.stream().allMatch(r -> r.costUsd() != null);
    }

    /** Puts back a job read from a project: finished as it was, its run time ending now. */
    void restore(JobOutcome o, Instant now) {
        state = o.state();
        failure = o.failure();
        failureKind = o.failureKind();
        attempts = o.attempts();
        results = o.results();
        started = now.minus(o.elapsed());
        ended = now;
    }

    void thumbnail(Thumbnail t) {
        thumbnail = t;
    }

    void start(Instant now) {
        attempts++;
        started = now;
        ended = null;
        failure = null;
        failureKind = null;
        progress = null;
        state = JobState.SUBMITTING;
    }

    void progress(Progress p) {
        if (state.isFinished()) {
            return;
        }
        progress = p;
        state = switch (p.stage()) {
            case SUBMITTING -> JobState.SUBMITTING;
            case QUEUED -> JobState.IN_QUEUE;
            case GENERATING -> JobState.GENERATING;
            case DOWNLOADING -> JobState.DOWNLOADING;
        };
    }

    void queued() {
        state = JobState.QUEUED;
        failure = null;
        failureKind = null;
        ended = null;
    }

    void succeeded(List<JobResult> r, Instant now) {
        results = List.copyOf(r);
        end(JobState.DONE, now);
    }

    void failed(String why, ProviderException.Kind kind, Instant now) {
        failure = why;
        failureKind = kind;
        end(JobState.FAILED, now);
    }

    void cancelled(Instant now) {
        end(JobState.CANCELLED, now);
    }

    private void end(JobState s, Instant now) {
        state = s;
        preview = null;
        ended = started == null ? null : now;
    }
}
