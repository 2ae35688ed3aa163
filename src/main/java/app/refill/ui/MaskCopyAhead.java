package app.refill.ui;

import app.refill.core.image.Mask;

/**
 * Snapshots of the document's mask for work that goes on after the UI does (a job, a mask command, saving a
 * project). The snapshot shares the mask's pixels, so taking it costs the UI thread nothing; the mask's own
 * copy, which it needs before its next stroke, is made on a worker meanwhile. Copying a 24 MP mask on the UI
 * thread took 15-50 ms per submit there.
 */
final class MaskCopyAhead {
    private MaskCopyAhead() {
    }

    /** A snapshot of {@code mask}; a worker then copies the shared pixels for {@code mask} to write into. */
    static Mask snapshot(Mask mask, Background background) {
        Mask snapshot = mask.snapshot();
        copyAhead(mask, background);
        return snapshot;
    }

    /** Gives {@code mask} its own pixels, copied on a worker, if it shares them with a snapshot. */
    static void copyAhead(Mask mask, Background background) {
        byte[] shared = mask.sharedPixels();
        if (shared != null) {
            // a stroke made before the copy arrives copies for itself; this copy is then dropped
            background.runUnseen(shared::clone, copy -> mask.adopt(shared, copy), e -> { });
        }
    }
}
