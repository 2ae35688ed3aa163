package app.refill.provider;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;

/** What a running provider may use: progress reports, cancellable sleeps, cancel hooks, the job deadline. */
public interface JobContext {
    void progress(Progress p);

    /**
     * A rough answer of the whole request (the size of the image it was sent) to show while the real one is
     * made, such as Local's fast-marching fill; later previews replace earlier ones. Optional: providers
     * with nothing quick to show never call it.
     */
    default void preview(BufferedImage image) {
    }

    /** Sleeps (for polling and back-off); returns early and throws when the job is cancelled. */
    void sleep(Duration d) throws JobCancelledException;

    boolean isCancelled();

    /**
     * Runs {@code r} when the job is cancelled (at once if it already is), e.g. to cancel the HTTP call in
     * flight. Closing the returned registration forgets {@code r} (the call has finished).
     */
    Registration onCancel(Runnable r);

    /** A cancel hook that can be removed. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** The moment the whole job must be done by. */
    Instant deadline();

    Instant now();

    default void checkCancelled() throws JobCancelledException {
        if (isCancelled()) {
            throw new JobCancelledException();
        }
    }
}
