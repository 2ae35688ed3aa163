package app.refill.core.plan;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Size;

/**
 * What a job would send, worked out from geometry alone: shown before submit and used for the cost estimate.
 *
 * @param kind  fill or expand, as the provider sees it (an expand sent as a fill of the padded canvas is a fill)
 * @param sent  the size of the image the provider receives back (sent image plus native expand sides)
 * @param scale sent pixels per canvas pixel
 */
public record PlanSummary(JobKind kind, Size sent, double scale) {
    public double megapixels() {
        return sent.pixels() / 1_000_000.0;
    }
}
