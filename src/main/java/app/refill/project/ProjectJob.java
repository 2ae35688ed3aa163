package app.refill.project;

import app.refill.core.plan.DocumentSnapshot;
import app.refill.core.plan.SizeRules;
import app.refill.job.JobOutcome;
import app.refill.provider.GenerationParams;
import java.time.Duration;
import java.util.List;

/**
 * One job as saved: what it was asked (provider, parameters, the document as it was at submit), how it ended,
 * and how each of its result layers was shown ({@code layers} pairs with {@code outcome.results()}).
 */
public record ProjectJob(String providerId, GenerationParams params, DocumentSnapshot snapshot, SizeRules rules,
        Duration timeout, String sourceName, double estimateUsd, JobOutcome outcome, List<LayerState> layers) {

    public ProjectJob {
        layers = List.copyOf(layers);
        if (layers.size() != outcome.results().size()) {
            throw new IllegalArgumentException("one layer state per result");
        }
    }
}
