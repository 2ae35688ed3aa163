package app.refill.bench;

import app.refill.app.InstantCatalog;
import app.refill.app.RefillApp;
import app.refill.core.doc.EditorSession;
import app.refill.core.doc.MaskPatchEdit;
import app.refill.core.image.Mask;
import app.refill.core.plan.SizeRules;
import app.refill.job.JobEvent;
import app.refill.job.JobState;
import app.refill.ui.FxDialogs;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The longest UI-thread stall while four jobs paste back results into a 24 MP photo, in the real editor
 * window (run it on a display or Xvfb), measured by {@link Heartbeats}. The provider answers at once with a
 * 4 MP image, so all four paste-backs and their arrival as layers overlap. {@link FxFloorReport} measures the
 * same on a window with no editor, for what the machine itself allows. With {@code -Dstall.trace=true} each
 * stall over 16 ms is printed with its {@code System.nanoTime}, the clock a kernel scheduler trace (ftrace's
 * {@code mono}) keeps.
 * Usage (with the launcher's collector): {@code java -XX:+UseZGC -cp ... app.refill.bench.FxStallReport};
 * {@code -Dstall.rounds=2} adds a second, warm round; {@code -Dstall.periodMicros} sets the heartbeat (2000).
 */
public final class FxStallReport {
    private FxStallReport() {
    }

    /** Launched from a class that is not an Application, as JavaFX on the class path requires. */
    public static void main(String[] args) {
        Application.launch(StallApp.class, args);
    }

    /** The editor with a provider that answers at once, submitting four jobs and timing the UI thread. */
    public static final class StallApp extends RefillApp {
    private static final int JOBS = 4;
    private static final RuntimeMXBean RUNTIME = ManagementFactory.getRuntimeMXBean();
    private static final boolean TRACE = Boolean.getBoolean("stall.trace");
    /** Submits come this far apart, as a user presses Ctrl+Enter four times. */
    private static final long SUBMIT_SLOT_NANOS = 50_000_000;
    private final Heartbeats beats = new Heartbeats();
    private final ScheduledExecutorService heart = beats.scheduler();
    private volatile boolean measuring;
    /**
     * Heartbeats posted from this on waited while the jobs downloaded and pasted back: each submit has the 50 ms
     * before the next one for its own event and frame, the last one too.
     */
    private volatile long pasteBackFrom = Long.MAX_VALUE;

    public StallApp() throws Exception {
        super(Files.createTempDirectory("refill-stall"), owner -> new FxDialogs(() -> owner),
                new InstantCatalog(SizeRules.DEFAULT_MAX_PIXELS));
    }

    @Override
    public void start(Stage stage) {
        super.start(stage);
        stage.setWidth(1400);
        stage.setHeight(900);
        try {
            viewModel().open(SyntheticPhoto.jpeg24mp());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        viewModel().sessionProperty().subscribe(s -> {
            if (s != null) {
                Platform.runLater(() -> Platform.runLater(() -> submitAll(s)));
            }
        });
    }

    private void submitAll(EditorSession s) {
        Mask before = s.document().mask().copy();
        Mask after = before.copy();
        for (int y = 1200; y < 2700; y++) {
            Arrays.fill(after.writableRaw(), y * 6000 + 2000, y * 6000 + 4000, (byte) 255);
        }
        s.perform(MaskPatchEdit.between("bench mask", before, after));
        workbench().prompt().promptProperty().set("bench");
        // the mask's bounds are measured on a worker; submit once the panel says it can
        workbench().prompt().canSubmitProperty().subscribe(ok -> {
            if (ok && !measuring) {
                measuring = true;
                heartbeat();
                // two seconds first, the photo just opened and no job yet: the editor's own stalls on this display
                heart.schedule(() -> Platform.runLater(this::measureWhileSubmitting), 2, TimeUnit.SECONDS);
            }
        });
    }

    private void measureWhileSubmitting() {
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        int round = roundsLeft;
        jobQueue().addListener(e -> {
            if (round == roundsLeft) {
                trace("job " + e.job().state());
            }
            if (round == roundsLeft && e instanceof JobEvent.Finished && e.job().state() == JobState.DONE
                    && done.incrementAndGet() == JOBS) {
                long all = System.nanoTime() - start;
                // keep measuring a moment after the last arrival: the canvas redraws follow it
                heart.schedule(() -> Platform.runLater(() -> report(all)), 1500, TimeUnit.MILLISECONDS);
            }
        });
        if (idle == null) {
            idle = summary();
            idleFrames = topFrames();
            stallFrames.clear();
        }
        clearDelays();
        // one Ctrl+Enter per UI event, 50 ms apart, as a user submits: all four still overlap their paste-backs
        for (int i = 0; i < JOBS; i++) {
            boolean last = i == JOBS - 1;
            heart.schedule(() -> Platform.runLater(() -> {
                trace("submit");
                long at = System.nanoTime();
                workbench().prompt().submit().orElseThrow(
                        () -> new IllegalStateException(workbench().prompt().blockerProperty().get()));
                if (last) {
                    pasteBackFrom = at + SUBMIT_SLOT_NANOS;
                }
            }), SUBMIT_SLOT_NANOS * i, TimeUnit.NANOSECONDS);
        }
    }

    /** The idle editor's summary and where its stalls were, kept when the jobs start. */
    private String idle;
    private String idleFrames = "";

    /** Where the UI thread was while a heartbeat waited more than 8 ms: frames counted per stall sample. */
    private final Map<String, Integer> stallFrames = new ConcurrentHashMap<>();

    private void sampleStalls() {
        if (!Boolean.getBoolean("stall.sample")) {
            return;
        }
        heart.scheduleAtFixedRate(() -> {
            long since = beats.waitingSince();
            Thread fx = beats.uiThread();
            if (measuring && fx != null && since != 0 && System.nanoTime() - since > 8_000_000) {
                StackTraceElement[] st = fx.getStackTrace();
                StringBuilder key = new StringBuilder();
                if (Arrays.stream(st).limit(8).anyMatch(e -> e.getMethodName().equals("waitForRenderingToComplete"))) {
                    Thread renderer = Thread.getAllStackTraces().keySet().stream()
                            .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
                    if (renderer != null) {
                        st = renderer.getStackTrace();
                        key.append("[render thread] ");
                    }
                }
                int shown = 0;
                for (StackTraceElement e : st) {
                    String c = e.getClassName();
                    if (shown < 9 && (shown > 0 || !c.startsWith("java.") && !c.startsWith("jdk."))) {
                        key.append(c.substring(c.lastIndexOf('.') + 1)).append('.').append(e.getMethodName())
                                .append(" < ");
                        shown++;
                    }
                }
                stallFrames.merge(key.toString(), 1, Integer::sum);
            }
        }, 1, 1, TimeUnit.MILLISECONDS);
    }

    private void heartbeat() {
        sampleStalls();
        beats.start((posted, delay, work) -> {
            // formatted only when traced: the heartbeat's own work counts as the UI thread's
            if (TRACE && work > 10_000_000) {
                trace(String.format(Locale.ROOT, "UI thread worked %.1f ms before this heartbeat", work / 1e6));
            }
            if (TRACE && delay > Heartbeats.FRAME_NANOS) {
                System.out.printf(Locale.ROOT, "stall %.0f ms, posted at %s (nanoTime %d)%n", delay / 1e6,
                        LocalTime.now().minusNanos(delay), posted);
            }
        });
        beats.countFromNow();
    }

    /** With {@code -Dstall.trace=true}, the timeline: submits, job states and stalls, in JVM uptime. */
    private static void trace(String what) {
        if (TRACE) {
            System.out.printf(Locale.ROOT, "%.3f s (%s) %s%n", RUNTIME.getUptime() / 1e3,
                    LocalTime.now(), what);
        }
    }

    private String summary() {
        return beats.summary() + phases();
    }

    /**
     * The round split in two: the submits (each with its 50 ms: its event, the new job's row, its frame) and
     * the rest, while the jobs download and paste back and the results arrive.
     */
    private String phases() {
        if (pasteBackFrom == Long.MAX_VALUE) {
            return "";
        }
        int split = beats.firstPostedFrom(pasteBackFrom);
        return String.format(Locale.ROOT, "%n  while submitting: %s%n  while the jobs download and paste back: %s",
                beats.phase(0, split), beats.phase(split, beats.count()));
    }

    private void clearDelays() {
        pasteBackFrom = Long.MAX_VALUE;
        beats.countFromNow();
    }

    /** Rounds of four jobs; with {@code -Dstall.rounds=2} the second shows the editor once its rows are warm. */
    private int roundsLeft = Integer.getInteger("stall.rounds", 1);

    private void report(long allNanos) {
        if (--roundsLeft > 0) {
            System.out.printf(Locale.ROOT, "round: all results after %.0f ms; %s%n", allNanos / 1e6,
                    summary());
            clearDelays();
            stallFrames.clear();
            measureWhileSubmitting();
            return;
        }
        measuring = false;
        String jobs = summary();
        beats.stop();
        System.out.printf(Locale.ROOT, "four 24 MP paste-backs: all results shown after %.0f ms%n", allNanos / 1e6);
        System.out.println("UI thread, opened, no job:   " + idle);
        System.out.println("UI thread, during the jobs:  " + jobs);
        if (!stallFrames.isEmpty() || !idleFrames.isEmpty()) {
            System.out.print("where the UI thread was during stalls, opened, no job:\n" + idleFrames);
            System.out.print("where the UI thread was during stalls, during the jobs:\n" + topFrames());
        }
        Platform.exit();
    }

    private String topFrames() {
        StringBuilder out = new StringBuilder();
        stallFrames.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%5d ms  %s%n", e.getValue(), e.getKey())));
        return out.toString();
    }
    }
}
