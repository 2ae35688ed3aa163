package app.refill.provider;

import app.refill.provider.http.RetryPolicy;
import app.refill.provider.http.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * A job context whose sleeps are recorded and advance a fake clock instead of waiting, so polling and retry
 * tests are exact and instant; optionally cancels the job at the n-th sleep.
 */
public final class TestJob {
    public final List<Duration> sleeps = new ArrayList<>();
    public final List<Progress> progress = new ArrayList<>();
    private final FakeClock clock = new FakeClock();
    public final BasicJobContext ctx;
    public int cancelAtSleep = -1;

    public TestJob(Duration timeout) {
        ctx = new BasicJobContext(d -> {
            sleeps.add(d);
            clock.advance(d);
            if (sleeps.size() == cancelAtSleep) {
                cancelSoon();
            }
        }, clock, timeout, progress::add);
    }

    public TestJob() {
        this(Duration.ofMinutes(5));
    }

    /**
     * Cancels from another thread, as the UI would, and waits until the cancel (hooks included) is done. The
     * cancel interrupts this thread's sleep, so the wait must not end at that interrupt.
     */
    private void cancelSoon() {
        Thread canceller = new Thread(ctx::cancel);
        canceller.start();
        boolean interrupted = false;
        while (canceller.isAlive()) {
            try {
                canceller.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A transport with the real retry policy but deterministic jitter (always the full back-off). */
    public static Transport transport() {
        OkHttpClient client = new OkHttpClient.Builder().connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS).retryOnConnectionFailure(false).build();
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(30), () -> 1.0);
        return new Transport(client, policy, 8L << 20);
    }

    public Duration slept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
