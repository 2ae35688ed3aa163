package app.refill.job;

import app.refill.core.geom.Size;
import app.refill.core.plan.SizeRules;
import app.refill.provider.Capabilities;
import app.refill.provider.GeneratedImage;
import app.refill.provider.GenerationRequest;
import app.refill.provider.ImageProvider;
import app.refill.provider.JobCancelledException;
import app.refill.provider.JobContext;
import app.refill.provider.OutputFormat;
import app.refill.provider.Progress;
import app.refill.provider.ProviderException;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider whose every run follows a script: report progress, poll (sleep through the context), wait for
 * the test, fail, then answer with solid-colour images of the size it was sent. Runs without a script answer
 * at once. Thread-safe enough for a job on a worker with the test on another thread.
 */
public final class ScriptedProvider implements ImageProvider {
    /** Answer colours, one per variation (opaque ARGB). */
    public static final int[] COLOURS = {0xff_20_60_e0, 0xff_e0_a0_20, 0xff_20_c0_60, 0xff_a0_20_e0};

    /** One thing a run does. */
    @FunctionalInterface
    public interface Step {
        void run(JobContext ctx) throws ProviderException, JobCancelledException, InterruptedException;
    }

    private final String id;
    private final Deque<List<Step>> scripts = new ArrayDeque<>();
    public final List<GenerationRequest> requests = new CopyOnWriteArrayList<>();
    private final Double reportedCost;

    public ScriptedProvider(String id, Double reportedCost) {
        this.id = id;
        this.reportedCost = reportedCost;
    }

    public ScriptedProvider() {
        this("fake", null);
    }

    /** The next run does these steps, then answers (unless a step throws). */
    public synchronized ScriptedProvider thenRun(Step... steps) {
        scripts.addLast(List.of(steps));
        return this;
    }

    public static Step progress(Progress.Stage stage, double fraction, int position) {
        return ctx -> ctx.progress(new Progress(stage, fraction, position));
    }

    public static Step poll() {
        return ctx -> ctx.sleep(Duration.ofSeconds(1));
    }

    public static Step fail(ProviderException e) {
        return ctx -> {
            throw e;
        };
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return "Fake";
    }

    /** The key check answers like a network provider: accepted, or refused while this is set. */
    public volatile boolean refuseKeys;

    @Override
    public String checkKey(JobContext ctx) throws ProviderException {
        if (refuseKeys) {
            throw new ProviderException.AuthFailed("Fake refused the key (401). Check it in Settings.");
        }
        return "Fake accepted the key.";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities("fake-model", true, true, new SizeRules(4_000_000, 64, 1, true), 4, 4,
                new Capabilities.Range(15, 50), new Capabilities.Range(1.5, 100), new Capabilities.Range(0, 6),
                new Capabilities.Range(1, 500), EnumSet.of(OutputFormat.PNG, OutputFormat.JPEG), Capabilities.Pricing.perImage(0.05));
    }


    @Override
    public List<GeneratedImage> run(GenerationRequest request, JobContext ctx) throws ProviderException, JobCancelledException {
        requests.add(request);
        List<Step> steps;
        synchronized (this) {
            steps = scripts.isEmpty() ? List.of() : scripts.removeFirst();
        }
        try {
            for (Step s : steps) {
                s.run(ctx);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCancelledException();
        }
        ctx.checkCancelled();
        Size size = request.sides().canvasOf(request.imageSize());
        List<GeneratedImage> out = new ArrayList<>();
        int count = request.params().count();
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            java.util.Arrays.fill(((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData(), COLOURS[i % COLOURS.length]);
            long seed = request.params().seed() == null ? 1000 + i : request.params().seed() + i;
            out.add(new GeneratedImage(new byte[0], null, seed, reportedCost, "fake-model", img));
        }
        return out;
    }
}
