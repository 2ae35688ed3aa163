package app.refill.job;

import app.refill.provider.ProviderException;
import java.time.Duration;
import java.util.List;

/**
 * How a finished job ended, as a project file keeps it: enough to show the job again exactly as it was and to
 * retry it. A job that was still running when the project was saved comes back cancelled, ready to retry.
 *
 * @param failure     why it failed (null unless FAILED)
 * @param failureKind the provider's failure kind (null when not a provider failure)
 * @param elapsed     time it ran
 */
public record JobOutcome(JobState state, String failure, ProviderException.Kind failureKind, int attempts,
        Duration elapsed, List<JobResult> results) {

    public JobOutcome {
        if (!state.isFinished()) {
            throw new IllegalArgumentException("only finished jobs are restored, not " + state);
        }
        results = List.copyOf(results);
    }

    /** What {@code job} amounts to if it is kept now: a running job counts as cancelled. */
    public static JobOutcome of(Job job, java.time.Instant now) {
        JobState s = job.state().isFinished() ? job.state() : JobState.CANCELLED;
        return new JobOutcome(s, job.failure().orElse(null), job.failureKind().orElse(null), job.attempts(),
                job.elapsed(now), s == JobState.DONE ? job.results() : List.of());
    }
}
