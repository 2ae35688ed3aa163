package app.refill.job;

import static app.refill.job.ScriptedProvider.fail;
import static app.refill.job.ScriptedProvider.poll;
import static app.refill.job.ScriptedProvider.progress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.Outsets;
import app.refill.core.image.Mask;
import app.refill.core.plan.DocumentSnapshot;
import app.refill.core.plan.PastedResult;
import app.refill.core.plan.SizeRules;
import app.refill.provider.FakeClock;
import app.refill.provider.GenerationParams;
import app.refill.provider.Progress.Stage;
import app.refill.provider.ProviderException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobQueueTest {
    private static final int GREY = 0xff_80_80_80;
    private final FakeClock clock = new FakeClock();
    private final List<Runnable> pending = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final ScriptedProvider provider = new ScriptedProvider();
    private JobQueue queue = queue(Runnable::run);

    private JobQueue queue(java.util.concurrent.Executor workers) {
        JobQueue q = new JobQueue(workers, Runnable::run, clock, clock::advance);
        q.addListener(e -> events.add(e.getClass().getSimpleName() + ":" + e.job().state()));
        return q;
    }

    static DocumentSnapshot snapshot(Outsets outsets, boolean painted) {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB_PRE);
        Arrays.fill(((DataBufferInt) img.getRaster().getDataBuffer()).getData(), GREY);
        Mask mask = new Mask(64, 64);
        if (painted) {
            for (int y = 20; y < 40; y++) {
                for (int x = 20; x < 40; x++) {
                    mask.set(x, y, 255);
                }
            }
        }
        return new DocumentSnapshot(img, mask, outsets);
    }

    private Job submit(int count) {
        GenerationParams p = GenerationParams.of("a red sofa").withCount(count);
        return queue.submit(new JobSpec(provider, p, snapshot(Outsets.NONE, true), provider.capabilities().sizeRules(),
                Duration.ofMinutes(5), "photo.jpg"), provider.estimateUsd(null, count));
    }

    @Test
    void aJobReportsEachStageThenArrivesAsPastedResults() {
        provider.thenRun(progress(Stage.QUEUED, -1, 2), poll(), progress(Stage.GENERATING, 0.5, -1), poll(),
                progress(Stage.DOWNLOADING, -1, -1));
        Job job = submit(2);

        assertEquals(List.of("Added:QUEUED", "Progressed:SUBMITTING", "Progressed:SUBMITTING", "Progressed:IN_QUEUE",
                "Progressed:GENERATING", "Progressed:DOWNLOADING", "Finished:DONE"), events,
                "the second SUBMITTING is the job's thumbnail arriving");
        assertEquals(JobState.DONE, job.state());
        assertEquals(Duration.ofSeconds(2), job.elapsed(clock.instant().plusSeconds(60)), "elapsed stops at the end");
        assertEquals(2, job.results().size());
        assertTrue(job.thumbnail().isPresent());
        for (JobResult r : job.results()) {
            PastedResult p = r.pasted();
            DocumentSnapshot doc = job.spec().snapshot();
            assertEquals(ScriptedProvider.COLOURS[r.index()], p.pixel(30, 30, doc), "inside the mask: the answer");
            assertEquals(GREY, p.pixel(2, 2, doc), "outside the mask: the original");
            assertEquals(1000L + r.index(), r.seed());
            assertEquals(64, r.thumbnail().width(), "a 64-px canvas is not blown up to 96");
            assertEquals(ScriptedProvider.COLOURS[r.index()], r.thumbnail().argb()[30 + 30 * 64]);
        }
        assertEquals(0.10, job.costUsd(), 1e-9, "the estimate stands when the provider reports no cost");
        assertFalse(job.costReported());
    }

    @Test
    void aReportedCostReplacesTheEstimate() {
        ScriptedProvider charging = new ScriptedProvider("charging", 0.04);
        Job job = queue.submit(new JobSpec(charging, GenerationParams.of("x").withCount(3), snapshot(Outsets.NONE, true),
                charging.capabilities().sizeRules(), Duration.ofMinutes(1), "a.png"), 0.15);
        assertEquals(0.12, job.costUsd(), 1e-9);
        assertTrue(job.costReported());
    }

    @Test
    void aFailureKeepsTheProvidersReasonAndCanBeRetried() {
        provider.thenRun(fail(new ProviderException.AuthFailed("BFL refused the key. Check it in Settings.")));
        Job job = submit(1);
        assertEquals(JobState.FAILED, job.state());
        assertEquals("BFL refused the key. Check it in Settings.", job.failure().orElseThrow());
        assertEquals(ProviderException.Kind.AUTH, job.failureKind().orElseThrow());
        assertEquals(0, job.costUsd(), "a failed job costs nothing");

        queue.retry(job);
        assertEquals(JobState.DONE, job.state());
        assertEquals(2, job.attempts());
        assertTrue(job.failure().isEmpty());
        assertEquals(2, provider.requests.size());
        assertTrue(Arrays.equals(provider.requests.get(0).maskPng(), provider.requests.get(1).maskPng()),
                "a retry sends the same request");
    }

    @Test
    void cancellingWhilePollingStopsAtTheNextPollAndKeepsNoResults() {
        Job[] job = new Job[1];
        queue.addListener(e -> job[0] = e.job());
        provider.thenRun(progress(Stage.QUEUED, -1, 0), poll(), ctx -> queue.cancel(job[0]), poll(), poll());
        submit(1);
        assertEquals(JobState.CANCELLED, job[0].state());
        assertTrue(job[0].results().isEmpty());
        assertEquals(Duration.ofSeconds(1), job[0].elapsed(clock.instant()), "the second poll never slept");
        assertEquals("Finished:CANCELLED", events.get(events.size() - 1));
    }

    @Test
    void aJobWaitingForAWorkerIsCancelledAtOnceAndNeverRuns() {
        queue = queue(pending::add);
        Job job = submit(1);
        assertEquals(JobState.QUEUED, job.state());
        queue.cancel(job);
        assertEquals(JobState.CANCELLED, job.state());
        pending.forEach(Runnable::run);
        assertEquals(JobState.CANCELLED, job.state());
        assertTrue(provider.requests.isEmpty(), "the provider was never called");
    }

    @Test
    void severalJobsRunAtOnceAndEachKeepsItsOwnState() {
        queue = queue(pending::add);
        Job a = submit(1);
        Job b = submit(1);
        assertEquals(2, pending.size(), "both handed to workers");
        pending.get(1).run();
        assertEquals(JobState.DONE, b.state());
        assertEquals(JobState.QUEUED, a.state());
        pending.get(0).run();
        assertEquals(JobState.DONE, a.state());
    }

    @Test
    void anEmptyMaskFailsWithWhatToDo() {
        Job job = queue.submit(new JobSpec(provider, GenerationParams.of("x"), snapshot(Outsets.NONE, false),
                new SizeRules(4_000_000, 64, 1, true), Duration.ofMinutes(1), "a.png"), 0.05);
        assertEquals(JobState.FAILED, job.state());
        assertTrue(job.failure().orElseThrow().contains("Paint over what should be regenerated"));
        assertTrue(provider.requests.isEmpty());
    }

    @Test
    void anExpandResultCoversTheWholeCanvasWithTheOriginalInside() {
        Outsets frame = new Outsets(0, 64, 0, 0);
        Job job = queue.submit(new JobSpec(provider, GenerationParams.of("x"), snapshot(frame, false),
                provider.capabilities().sizeRules(), Duration.ofMinutes(1), "a.png"), 0.05);
        PastedResult r = job.results().get(0).pasted();
        assertEquals(128, r.canvas().width());
        assertEquals(ScriptedProvider.COLOURS[0], r.pixel(120, 30, job.spec().snapshot()));
        assertEquals(GREY, r.pixel(10, 30, job.spec().snapshot()));
    }

    @Test
    void removingARunningJobCancelsItAndForgetsIt() {
        queue = queue(pending::add);
        Job job = submit(1);
        queue.remove(job);
        assertTrue(queue.jobs().isEmpty());
        assertEquals("Removed:CANCELLED", events.get(events.size() - 1));
    }

    @Test
    void aPreviewIsPastedBackAndShownWhileTheJobRunsThenGoes() {
        Job[] job = new Job[1];
        List<java.util.Optional<PastedResult>> seen = new ArrayList<>();
        provider.thenRun(ctx -> {
            BufferedImage rough = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB_PRE);
            Arrays.fill(((DataBufferInt) rough.getRaster().getDataBuffer()).getData(), 0xff_10_20_30);
            ctx.preview(rough);
            seen.add(queue.jobs().get(0).preview());
        });
        events.clear();
        job[0] = submit(1);
        PastedResult preview = seen.get(0).orElseThrow(() -> new AssertionError("no preview while running"));
        DocumentSnapshot doc = job[0].spec().snapshot();
        assertEquals(0xff_10_20_30, preview.pixel(30, 30, doc), "the small preview is scaled onto the masked area");
        assertEquals(GREY, preview.pixel(2, 2, doc), "outside the mask: the original, as for results");
        assertTrue(events.contains("Progressed:SUBMITTING") || events.contains("Progressed:GENERATING"));
        assertEquals(JobState.DONE, job[0].state());
        assertTrue(job[0].preview().isEmpty(), "the preview goes when the results come");
    }
}
