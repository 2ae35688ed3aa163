package app.refill.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * CPU time the hypervisor gave to other machines ("steal" in /proc/stat), sampled every 10 ms. On a virtual
 * machine the whole editor can stop for tens of milliseconds while its virtual CPUs do not run; the stall
 * report says how much of its longest stall was that, so the editor's own stalls can be told from the host's.
 * Linux only; elsewhere it reports nothing.
 */
final class CpuSteal implements AutoCloseable {
    private static final Path STAT = Path.of("/proc/stat");
    /** /proc/stat counts in USER_HZ ticks, 100 a second on every Linux this runs on. */
    private static final long MILLIS_PER_TICK = 10;

    private record Sample(long nanos, long stealTicks) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer;

    private CpuSteal(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static CpuSteal start() {
        if (stealTicks() < 0) {
            return new CpuSteal(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "steal-sampler");
            t.setDaemon(true);
            return t;
        });
        CpuSteal steal = new CpuSteal(timer);
        timer.scheduleAtFixedRate(steal::sample, 0, MILLIS_PER_TICK, TimeUnit.MILLISECONDS);
        return steal;
    }

    boolean available() {
        return timer != null;
    }

    private void sample() {
        long ticks = stealTicks();
        synchronized (samples) {
            samples.add(new Sample(System.nanoTime(), ticks));
        }
    }

    /**
     * Stolen milliseconds, summed over all CPUs, between the last sample before {@code fromNanos} and the first
     * after {@code toNanos}: at 10 ms a tick, a figure to read in tens of milliseconds.
     */
    long stolenMillis(long fromNanos, long toNanos) {
        synchronized (samples) {
            Sample first = null;
            Sample last = null;
            for (Sample s : samples) {
                if (s.nanos() <= fromNanos || first == null) {
                    first = s;
                }
                if (last == null && s.nanos() >= toNanos) {
                    last = s;
                }
            }
            if (first == null) {
                return 0;
            }
            // a window that ends now has no sample after it yet: the latest one is as close as there is
            last = last != null ? last : samples.get(samples.size() - 1);
            return (last.stealTicks() - first.stealTicks()) * MILLIS_PER_TICK;
        }
    }

    /** The "steal" column of the first line of /proc/stat (all CPUs), or -1 where there is none. */
    private static long stealTicks() {
        try {
            String[] f = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            return f.length > 8 ? Long.parseLong(f[8]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
