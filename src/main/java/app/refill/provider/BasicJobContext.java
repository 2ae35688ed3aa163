package app.refill.provider;

import app.refill.provider.http.Sleeper;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link JobContext} for one job: a cancel flag with hooks, sleeps that end early on cancel, a deadline,
 * and a progress listener. Thread-safe: the job runs on a worker, cancel comes from anywhere.
 */
public final class BasicJobContext implements JobContext {
    private final Sleeper sleeper;
    private final Clock clock;
    private final Instant deadline;
    private final Consumer<Progress> listener;
    private final List<Runnable> hooks = new ArrayList<>();
    private volatile boolean cancelled;
    private volatile Consumer<BufferedImage> previews = image -> { };
    private Thread sleeping;

    public BasicJobContext(Sleeper sleeper, Clock clock, Duration timeout, Consumer<Progress> listener) {
        this.sleeper = sleeper;
        this.clock = clock;
        this.deadline = clock.instant().plus(timeout);
        this.listener = listener;
    }

    public static BasicJobContext real(Duration timeout, Consumer<Progress> listener) {
        return new BasicJobContext(Sleeper.REAL, Clock.systemUTC(), timeout, listener);
    }

    /** Cancels the job: runs the hooks (cancelling calls in flight) and wakes a sleep. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(hooks);
            if (sleeping != null) {
                sleeping.interrupt();
            }
        }
        toRun.forEach(Runnable::run);
    }

    @Override
    public void progress(Progress p) {
        listener.accept(p);
    }

    /** Where {@link #preview} images go (nowhere until set: the command line shows none). */
    public void onPreview(Consumer<BufferedImage> sink) {
        previews = sink;
    }

    @Override
    public void preview(BufferedImage image) {
        if (!cancelled) {
            previews.accept(image);
        }
    }

    @Override
    public void sleep(Duration d) throws JobCancelledException {
        synchronized (this) {
            checkCancelled();
            sleeping = Thread.currentThread();
        }
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            if (!cancelled) {
                Thread.currentThread().interrupt();
            }
        } finally {
            synchronized (this) {
                sleeping = null;
                Thread.interrupted();
            }
        }
        checkCancelled();
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public Registration onCancel(Runnable r) {
        synchronized (this) {
            if (!cancelled) {
                hooks.add(r);
                return () -> {
                    synchronized (BasicJobContext.this) {
                        hooks.remove(r);
                    }
                };
            }
        }
        r.run();
        return () -> { };
    }

    @Override
    public Instant deadline() {
        return deadline;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }
}
