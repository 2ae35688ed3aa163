package app.refill.job;

import java.util.concurrent.Semaphore;

/**
 * How many jobs may do whole-image pixel work (planning, encoding, decoding, pasting back) at the same time.
 * Jobs themselves mostly wait on the network, so more of them run than there are cores; but four 24 MP
 * paste-backs at once on two cores starve the UI and render threads, and the editor stalls for a quarter of
 * a second. With one core left free the pixel work takes about as long in total, results arrive one after
 * another instead of all at the end, and the editor keeps drawing.
 */
public final class PixelSlots {
    private final Semaphore permits;

    /** A slot held by one job; closing it lets the next job in. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    public PixelSlots(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one slot: " + slots);
        }
        this.permits = new Semaphore(slots, true);
    }

    /** All cores but one, and never fewer than one slot. */
    public static PixelSlots leavingOneCore() {
        return new PixelSlots(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** Waits for a slot (the wait is bounded by the other jobs' pixel work, not by the network). */
    public Held enter() {
        permits.acquireUninterruptibly();
        return permits::release;
    }

    /** Jobs waiting for a slot now. */
    public int waiting() {
        return permits.getQueueLength();
    }
}
