package app.refill.job;

import app.refill.core.plan.DocumentSnapshot;
import app.refill.core.plan.SizeRules;
import app.refill.provider.GenerationParams;
import app.refill.provider.ImageProvider;
import java.time.Duration;

/**
 * Everything a job needs, fixed when it is submitted: the document as it was then (so painting on goes on
 * without touching the job), the provider, the parameters and the size rules.
 *
 * @param sourceName the document's name, written into the results' metadata
 */
public record JobSpec(ImageProvider provider, GenerationParams params, DocumentSnapshot snapshot, SizeRules rules,
        Duration timeout, String sourceName) {
}
