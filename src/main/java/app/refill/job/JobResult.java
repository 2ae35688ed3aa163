package app.refill.job;

import app.refill.core.plan.PastedResult;
import app.refill.core.plan.Thumbnail;

/**
 * One returned variation, already pasted back at full resolution onto the job's snapshot.
 *
 * @param index   its place among the job's variations (0-based)
 * @param seed    the seed that made it (null if the provider did not say)
 * @param costUsd the cost the provider reported (null if it did not)
 * @param model   the model that made it
 */
public record JobResult(int index, Long seed, Double costUsd, String model, PastedResult pasted, Thumbnail thumbnail) {
}
