package app.refill.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * A heartbeat posted to the UI thread every 2 ms ({@code -Dstall.periodMicros}); each post's delay until it
 * runs is a stall. Next to the longest stall it keeps the UI thread's own CPU time, so a stall can be told
 * apart as work or waiting, and the CPU time the hypervisor took ({@link CpuSteal}), so a stall can be told
 * apart as the machine's. The stall reports share it, so their figures are comparable.
 */
final class Heartbeats {
    /** A frame at 60 Hz, rounded down: a heartbeat that waited longer is a stall. */
    static final long FRAME_NANOS = 16_000_000;
    /*
     * Looked up once: ManagementFactory finds its beans through a stream each call, and a heartbeat that did
     * so every 2 ms once spent 38 ms of the UI thread re-linking that code (a profile of a first round).
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Told of each counted heartbeat on the UI thread, for a report that traces them. */
    interface Listener {
        void beat(long postedNanos, long delayNanos, long uiWorkNanos);
    }

    private final List<Long> delaysNanos = new ArrayList<>();
    /** When each heartbeat was posted, to find the longest stall's time on the clock. */
    private final List<Long> postedNanos = new ArrayList<>();
    /** The UI thread's own CPU time when each heartbeat ran: how much of a stall was its work, not waiting. */
    private final List<Long> uiCpuNanos = new ArrayList<>();
    private final CpuSteal steal = CpuSteal.start();
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor();
    private volatile boolean counting;
    /**
     * Heartbeats posted before this belong to the stretch before: one that waited while a report summed that
     * stretch up on the UI thread would otherwise count the report's own work as the next one's first stall.
     */
    private volatile long countFrom;
    private volatile long waitingSince;
    private volatile Thread uiThread;

    /** The thread that posts the heartbeats, free for a report's own timed steps. */
    ScheduledExecutorService scheduler() {
        return heart;
    }

    /** Starts posting; heartbeats are counted from {@link #countFromNow()} on. */
    void start(Listener listener) {
        heart.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            if (waitingSince == 0) {
                waitingSince = posted;
            }
            Platform.runLater(() -> {
                uiThread = Thread.currentThread();
                waitingSince = 0;
                if (counting && posted >= countFrom) {
                    long d = System.nanoTime() - posted;
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long work = uiCpuNanos.isEmpty() ? 0 : cpu - uiCpuNanos.get(uiCpuNanos.size() - 1);
                    delaysNanos.add(d);
                    postedNanos.add(posted);
                    uiCpuNanos.add(cpu);
                    listener.beat(posted, d, work);
                }
            });
        }, 0, Integer.getInteger("stall.periodMicros", 2000), TimeUnit.MICROSECONDS);
    }

    /** Forgets what was counted and counts heartbeats posted from now on. UI thread. */
    void countFromNow() {
        countFrom = System.nanoTime();
        counting = true;
        delaysNanos.clear();
        postedNanos.clear();
        uiCpuNanos.clear();
    }

    /** The UI thread, once a heartbeat has run. */
    Thread uiThread() {
        return uiThread;
    }

    /** When the heartbeat now waiting was posted, or 0 if none waits. */
    long waitingSince() {
        return waitingSince;
    }

    int count() {
        return delaysNanos.size();
    }

    /** The index of the first heartbeat posted at or after {@code nanos}. */
    int firstPostedFrom(long nanos) {
        int i = 0;
        while (i < postedNanos.size() && postedNanos.get(i) < nanos) {
            i++;
        }
        return i;
    }

    /**
     * Samples, median, p99 and the longest stall, with the UI thread's CPU time in it, its longest work between
     * two heartbeats, the CPU time stolen meanwhile and the longest stall with nothing stolen.
     */
    String summary() {
        if (delaysNanos.isEmpty()) {
            return "no heartbeat";
        }
        long[] d = delaysNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        String s = String.format(Locale.ROOT, "%d samples, median %.2f ms, p99 %.2f ms, longest stall %.2f ms",
                d.length, d[d.length / 2] / 1e6, d[(int) (d.length * 0.99)] / 1e6, d[d.length - 1] / 1e6);
        int longest = 0;
        for (int i = 1; i < delaysNanos.size(); i++) {
            longest = delaysNanos.get(i) > delaysNanos.get(longest) ? i : longest;
        }
        long busy = longest == 0 ? 0 : uiCpuNanos.get(longest) - uiCpuNanos.get(longest - 1);
        long work = 0;
        for (int i = 1; i < uiCpuNanos.size(); i++) {
            work = Math.max(work, uiCpuNanos.get(i) - uiCpuNanos.get(i - 1));
        }
        s += String.format(Locale.ROOT, " (UI thread on a CPU for %.1f ms of it; longest work between two"
                + " heartbeats %.1f ms)", busy / 1e6, work / 1e6);
        if (!steal.available()) {
            return s;
        }
        long from = postedNanos.get(longest);
        long stolen = steal.stolenMillis(from, from + delaysNanos.get(longest));
        long window = steal.stolenMillis(postedNanos.get(0), postedNanos.get(postedNanos.size() - 1));
        double seconds = (postedNanos.get(postedNanos.size() - 1) - postedNanos.get(0)) / 1e9;
        s += String.format(Locale.ROOT, " (CPU time the hypervisor took meanwhile: %d ms, whole window %.1f %%)",
                stolen, 100.0 * window / (seconds * 1000 * Runtime.getRuntime().availableProcessors()));
        return s + "; longest stall with nothing stolen " + withoutSteal(0, delaysNanos.size());
    }

    /** The longest stall of the heartbeats {@code [from, to)}, and the longest with nothing stolen. */
    String phase(int from, int to) {
        if (from >= to) {
            return "no heartbeat";
        }
        long longest = 0;
        for (int i = from; i < to; i++) {
            longest = Math.max(longest, delaysNanos.get(i));
        }
        String s = String.format(Locale.ROOT, "%d samples, longest stall %.2f ms", to - from, longest / 1e6);
        return steal.available() ? s + ", with nothing stolen " + withoutSteal(from, to) : s;
    }

    /**
     * The longest stall of {@code [from, to)} during which the hypervisor took no CPU time (none counted in
     * the 10 ms samples around it): the figure the editor answers for, on a machine whose virtual CPUs are
     * sometimes not run at all.
     */
    private String withoutSteal(int from, int to) {
        List<Integer> longestFirst = new ArrayList<>();
        for (int i = from; i < to; i++) {
            longestFirst.add(i);
        }
        longestFirst.sort((a, b) -> Long.compare(delaysNanos.get(b), delaysNanos.get(a)));
        long clean = -1;
        int over = 0;
        int stolenIn = 0;
        for (int i : longestFirst) {
            long d = delaysNanos.get(i);
            boolean stolen = steal.stolenMillis(postedNanos.get(i), postedNanos.get(i) + d) > 0;
            if (d > FRAME_NANOS) {
                over++;
                stolenIn += stolen ? 1 : 0;
            }
            if (!stolen && clean < 0) {
                clean = d;
            }
            if (clean >= 0 && d <= FRAME_NANOS) {
                break;
            }
        }
        String longest = clean < 0 ? "none: every heartbeat waited while time was stolen"
                : String.format(Locale.ROOT, "%.2f ms", clean / 1e6);
        return String.format(Locale.ROOT, "%s (%d heartbeats waited over %d ms, %d of them while CPU time was"
                + " stolen)", longest, over, FRAME_NANOS / 1_000_000, stolenIn);
    }

    /** Stops posting and reading the steal counter. */
    void stop() {
        counting = false;
        heart.shutdownNow();
        steal.close();
    }
}
