package app.refill.project;

import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import app.refill.core.geom.Size;
import app.refill.core.plan.SizeRules;
import app.refill.provider.GenerationParams;
import java.util.List;

/**
 * {@code manifest.json} of a project: plain data that names the zip's image entries. Bumping {@link #FORMAT}
 * is for changes older Refills must refuse; new optional fields do not need it.
 */
record Manifest(int format, String writtenBy, DocumentEntry document, List<JobEntry> jobs, ProjectView view) {
    static final int FORMAT = 1;

    record DocumentEntry(String name, String source, String image, String mask, Outsets outsets, String generation) {
    }

    /** The picture, mask and frame a job was sent; the image entry may be shared with the document's. */
    record SnapshotEntry(String image, String mask, Outsets outsets) {
    }

    record JobEntry(String provider, GenerationParams params, SnapshotEntry snapshot, SizeRules rules, long timeoutSeconds,
            String sourceName, double estimateUsd, String state, String failure, String failureKind, int attempts,
            long elapsedMillis, List<ResultEntry> results) {
    }

    record ResultEntry(int index, Long seed, Double costUsd, String model, Size canvas, PixelRect area, String pixels,
            LayerState layer) {
    }
}
