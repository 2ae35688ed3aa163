package app.refill.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.refill.core.geom.Outsets;
import app.refill.core.plan.Plan;
import app.refill.provider.Capabilities;
import app.refill.provider.FakeClock;
import app.refill.provider.GeneratedImage;
import app.refill.provider.GenerationParams;
import app.refill.provider.GenerationRequest;
import app.refill.provider.ImageProvider;
import app.refill.provider.JobContext;
import app.refill.provider.JobCancelledException;
import app.refill.provider.ProviderException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Jobs take turns at whole-image pixel work, so a core stays free for the editor. */
class PixelSlotsTest {
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    /** One events thread, as in the app: the queue's bookkeeping is single-threaded. */
    private final ExecutorService events = Executors.newSingleThreadExecutor();
    private final FakeClock clock = new FakeClock();

    @AfterEach
    void stop() {
        workers.shutdownNow();
        events.shutdownNow();
    }

    /** Encoding (pixel work, inside a slot) holds until released; counts how many encode at once. */
    private static final class HeldEncode implements ImageProvider {
        private final ScriptedProvider inner = new ScriptedProvider();
        final AtomicInteger inside = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public String displayName() {
            return inner.displayName();
        }

        @Override
        public Capabilities capabilities() {
            return inner.capabilities();
        }

        @Override
        public GenerationRequest encode(Plan plan, GenerationParams params) {
            inside.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            GenerationRequest r = inner.encode(plan, params);
            inside.decrementAndGet();
            return r;
        }

        @Override
        public List<GeneratedImage> run(GenerationRequest request, JobContext ctx)
                throws ProviderException, JobCancelledException {
            return inner.run(request, ctx);
        }
    }

    private void submitTwo(JobQueue queue, HeldEncode provider) {
        for (int i = 0; i < 2; i++) {
            queue.submit(new JobSpec(provider, GenerationParams.of("sofa"), JobQueueTest.snapshot(Outsets.NONE, true),
                    provider.capabilities().sizeRules(), Duration.ofMinutes(5), "photo.jpg"), 0);
        }
    }

    @Test
    void withOneSlotTheSecondJobWaitsForTheFirstsPixelWork() throws Exception {
        PixelSlots slots = new PixelSlots(1);
        JobQueue queue = new JobQueue(workers, events, clock, clock::advance, slots);
        HeldEncode provider = new HeldEncode();
        submitTwo(queue, provider);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> provider.inside.get() == 1 && slots.waiting() == 1);
        assertEquals(1, provider.inside.get(), "one job encodes, the other waits at the door");
        provider.release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> events.submit(() -> queue.jobs().stream().allMatch(j -> j.state() == JobState.DONE)).get());
    }

    @Test
    void withTwoSlotsBothJobsDoPixelWorkAtOnce() throws Exception {
        JobQueue queue = new JobQueue(workers, events, clock, clock::advance, new PixelSlots(2));
        HeldEncode provider = new HeldEncode();
        submitTwo(queue, provider);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> provider.inside.get() == 2);
        provider.release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> events.submit(() -> queue.jobs().stream().allMatch(j -> j.state() == JobState.DONE)).get());
    }
}
