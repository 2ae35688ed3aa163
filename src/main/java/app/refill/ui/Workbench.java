package app.refill.ui;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * The view models around the picture (prompt, results, jobs, saving images and projects) and the clock jobs are
 * timed with.
 */
public record Workbench(PromptViewModel prompt, ResultsViewModel results, JobsViewModel jobs, SaveViewModel save,
        ProjectViewModel project, Supplier<Instant> clock) {
}
