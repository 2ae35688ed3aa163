package app.refill.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Gives Refill's background threads the lowest CPU priority (nice 19) on Linux, so that the UI and render
 * threads get a core as soon as they want one while results are pasted back, fills computed and code
 * compiled. With two cores and four paste-backs in flight, equal priorities left the UI thread a third of a
 * core, and every frame that shows a new result took two to three times as long (FxStallReport: longest
 * UI stall of the warm round 45-65 ms, 20-23 ms with this).
 *
 * <p>Java priorities do not reach Linux's scheduler without root, and Java has no call for a thread's nice
 * value, so this looks for background threads by name in {@code /proc/self/task} and runs {@code renice} on
 * each once. New pool threads are found by the next scan. Elsewhere (macOS, Windows) it does nothing.
 */
final class BackgroundPriority {
    private static final Logger LOG = Logger.getLogger("app.refill.app");
    /** Thread names (as Linux keeps them: the first 15 characters) of work nobody waits on frame by frame. */
    static final List<String> BACKGROUND = List.of("refill-job-", "refill-worker-", "ForkJoinPool",
            "C1 CompilerThre", "C2 CompilerThre");
    static final int NICE = 19;

    /** Lowers the priority of one thread, by its Linux thread id; false when that failed. */
    interface Renice {
        boolean lower(long tid) throws IOException, InterruptedException;
    }

    private final Path tasks;
    private final List<String> names;
    private final Renice renice;
    private final Set<Long> lowered = new HashSet<>();
    private boolean failed;

    /** Lowers threads listed under {@code tasks} whose names start with one of {@code names}. */
    BackgroundPriority(Path tasks, List<String> names, Renice renice) {
        this.tasks = tasks;
        this.names = List.copyOf(names);
        this.renice = renice;
    }

    /** For this process on Linux, where {@code /proc/self/task} lists its threads; empty elsewhere. */
    static Optional<BackgroundPriority> forThisProcess() {
        return forThisProcess(BACKGROUND);
    }

    static Optional<BackgroundPriority> forThisProcess(List<String> names) {
        Path tasks = Path.of("/proc/self/task");
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || !Files.isDirectory(tasks)) {
            return Optional.empty();
        }
        return Optional.of(new BackgroundPriority(tasks, names, tid -> new ProcessBuilder("renice", "-n",
                String.valueOf(NICE), "-p", String.valueOf(tid)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0));
    }

    /** Scans now and then every {@code seconds} on a daemon thread of its own; shut it down to stop. */
    ScheduledExecutorService keepScanning(double seconds) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "refill-priority");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.round(seconds * 1000);
        s.scheduleWithFixedDelay(() -> {
            try {
                scan();
            } catch (IOException e) {
                LOG.log(Level.FINE, "thread priorities: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, 0, ms, TimeUnit.MILLISECONDS);
        return s;
    }

    /**
     * Lowers every background thread not lowered before; returns how many it lowered. After the first
     * failure (no {@code renice}) it stops trying: the editor works as before, only less smoothly under load.
     */
    int scan() throws IOException, InterruptedException {
        if (failed) {
            return 0;
        }
        int n = 0;
        List<Path> threads;
        try (Stream<Path> s = Files.list(tasks)) {
            threads = s.toList();
        }
        // ids of ended threads may be given to new ones
        Set<String> alive = new HashSet<>();
        threads.forEach(t -> alive.add(t.getFileName().toString()));
        lowered.removeIf(tid -> !alive.contains(String.valueOf(tid)));
        for (Path t : threads) {
            long tid;
            String name;
            try {
                tid = Long.parseLong(t.getFileName().toString());
                name = Files.readString(t.resolve("comm")).strip();
            } catch (NumberFormatException | IOException gone) {
                // a thread that ended between the listing and the read
                continue;
            }
            if (lowered.contains(tid) || names.stream().noneMatch(name::startsWith)) {
                continue;
            }
            if (!renice.lower(tid)) {
                if (Files.exists(t)) {
                    failed = true;
                    LOG.info("could not lower the priority of background threads (renice failed)");
                    return n;
                }
                continue;
            }
            lowered.add(tid);
            n++;
        }
        return n;
    }
}
