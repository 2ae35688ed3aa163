package app.refill.job;

import app.refill.core.image.io.ImageLoadException;
import app.refill.core.image.io.ImageLoader;
import app.refill.core.plan.PasteBack;
import app.refill.core.plan.Plan;
import app.refill.core.plan.PlanException;
import app.refill.core.plan.RequestPlanner;
import app.refill.core.plan.Thumbnail;
import app.refill.provider.BasicJobContext;
import app.refill.provider.GeneratedImage;
import app.refill.provider.GenerationRequest;
import app.refill.provider.ImageProvider;
import app.refill.provider.JobCancelledException;
import app.refill.provider.ProviderException;
import app.refill.provider.http.Sleeper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs jobs in the background: each one plans, encodes, calls its provider, decodes and pastes every answer
 * back on a worker, while the editor goes on. Several jobs run at once (as many as the worker executor
 * allows). Jobs and listeners are touched only on the events executor ({@code Platform::runLater} in the
 * app, a direct executor in tests and the command line), where every state change is delivered as a
 * {@link JobEvent}.
 */
public final class JobQueue {
    public static final int THUMBNAIL_SIDE = 96;

    private final Executor workers;
    private final Executor events;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PixelSlots pixelSlots;
    private final ImageLoader loader = new ImageLoader();
    private final List<Job> jobs = new ArrayList<>();
    private final Map<Job, BasicJobContext> running = new HashMap<>();
    private final List<Consumer<JobEvent>> listeners = new ArrayList<>();
    private int nextId = 1;

    public JobQueue(Executor workers, Executor events, Clock clock, Sleeper sleeper) {
        this(workers, events, clock, sleeper, PixelSlots.leavingOneCore());
    }

    public JobQueue(Executor workers, Executor events, Clock clock, Sleeper sleeper, PixelSlots pixelSlots) {
        this.workers = workers;
        this.events = events;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pixelSlots = pixelSlots;
    }

    /** Queues a job; call on the events thread. {@code estimateUsd} is what the user was shown before submit. */
    public Job submit(JobSpec spec, double estimateUsd) {
        Job job = new Job(nextId++, spec, estimateUsd);
        jobs.add(job);
        fire(new JobEvent.Added(job));
        start(job);
        return job;
    }

    /**
     * Adds a finished job read from a project (announced as added, then finished, so its results become
     * layers); it can be retried like any other. Call on the events thread.
     */
    public Job restore(JobSpec spec, double estimateUsd, JobOutcome outcome) {
        Job job = new Job(nextId++, spec, estimateUsd);
        job.restore(outcome, clock.instant());
        jobs.add(job);
        fire(new JobEvent.Added(job));
        workers.execute(() -> {
            Thumbnail t = Thumbnail.ofJob(spec.snapshot(), THUMBNAIL_SIDE);
            events.execute(() -> {
                if (jobs.contains(job)) {
                    job.thumbnail(t);
                    fire(new JobEvent.Progressed(job));
                }
            });
        });
        fire(new JobEvent.Finished(job));
        return job;
    }

    /** Cancels a job that has not finished: at once if it still waits for a worker, otherwise at the provider. */
    public void cancel(Job job) {
        BasicJobContext ctx = running.get(job);
        if (ctx == null) {
            return;
        }
        ctx.cancel();
        if (job.state() == JobState.QUEUED) {
            running.remove(job);
            job.cancelled(clock.instant());
            fire(new JobEvent.Finished(job));
        }
    }

    /** Runs a failed or cancelled job again with the same snapshot and parameters. */
    public void retry(Job job) {
        if (jobs.contains(job) && (job.state() == JobState.FAILED || job.state() == JobState.CANCELLED)) {
            start(job);
            fire(new JobEvent.Progressed(job));
        }
    }

    /** Removes a job (cancelling it if it runs); its results go with it. */
    public void remove(Job job) {
        cancel(job);
        running.remove(job);
        if (jobs.remove(job)) {
            fire(new JobEvent.Removed(job));
        }
    }

    public List<Job> jobs() {
        return List.copyOf(jobs);
    }

    public void addListener(Consumer<JobEvent> l) {
        listeners.add(l);
    }

    private void start(Job job) {
        BasicJobContext[] self = new BasicJobContext[1];
        BasicJobContext ctx = new BasicJobContext(sleeper, clock, job.spec().timeout(),
                p -> onEvents(job, self[0], () -> {
                    job.progress(p);
                    fire(new JobEvent.Progressed(job));
                }));
        self[0] = ctx;
        running.put(job, ctx);
        job.queued();
        workers.execute(() -> execute(job, ctx));
    }

    private void execute(Job job, BasicJobContext ctx) {
        if (ctx.isCancelled()) {
            return;
        }
        onEvents(job, ctx, () -> {
            job.start(clock.instant());
            fire(new JobEvent.Progressed(job));
        });
        JobSpec spec = job.spec();
        ImageProvider provider = spec.provider();
        try {
            if (job.thumbnail().isEmpty()) {
                Thumbnail t = Thumbnail.ofJob(spec.snapshot(), THUMBNAIL_SIDE);
                onEvents(job, ctx, () -> {
                    job.thumbnail(t);
                    fire(new JobEvent.Progressed(job));
                });
            }
            Plan plan;
            GenerationRequest request;
            try (PixelSlots.Held slot = pixelSlots.enter()) {
                ctx.checkCancelled();
                plan = RequestPlanner.plan(spec.snapshot(), spec.rules());
                request = provider.encode(plan, spec.params());
            }
            ctx.onPreview(image -> {
                // pasted on the provider's thread; the slot is not taken, as the provider already holds a core
                var pasted = PasteBack.paste(plan, spec.snapshot(), image);
                onEvents(job, ctx, () -> {
                    if (!job.state().isFinished()) {
                        job.preview(pasted);
                        fire(new JobEvent.Progressed(job));
                    }
                });
            });
            List<GeneratedImage> images = provider.run(request, ctx);
            List<JobResult> results = new ArrayList<>();
            for (GeneratedImage g : images) {
                ctx.checkCancelled();
                try (PixelSlots.Held slot = pixelSlots.enter()) {
                    BufferedImage answer = g.image() != null ? g.image()
                            : loader.load(new ByteArrayInputStream(g.bytes()), provider.displayName() + " result").image();
                    var pasted = PasteBack.paste(plan, spec.snapshot(), answer);
                    results.add(new JobResult(results.size(), g.seed(), g.costUsd(), g.model(), pasted,
                            Thumbnail.ofResult(spec.snapshot(), pasted, THUMBNAIL_SIDE)));
                }
            }
            finish(job, ctx, () -> job.succeeded(results, clock.instant()));
        } catch (JobCancelledException e) {
            finish(job, ctx, () -> job.cancelled(clock.instant()));
        } catch (ProviderException e) {
            finish(job, ctx, () -> job.failed(e.getMessage(), e.kind(), clock.instant()));
        } catch (PlanException e) {
            finish(job, ctx, () -> job.failed(e.getMessage(), null, clock.instant()));
        } catch (ImageLoadException e) {
            finish(job, ctx, () -> job.failed(provider.displayName() + " sent something that is not an image ("
                    + e.getMessage() + "). Retry the job.", ProviderException.Kind.SERVER, clock.instant()));
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = e instanceof OutOfMemoryError
                    ? "Refill ran out of memory finishing this job. Remove finished jobs or start Refill with more memory, then retry."
                    : "Refill could not finish this job (" + e + "). Retry it; if it fails again, please report it.";
            finish(job, ctx, () -> job.failed(why, null, clock.instant()));
        }
    }

    /** Runs {@code r} on the events thread if {@code ctx} is still the job's current run. */
    private void onEvents(Job job, BasicJobContext ctx, Runnable r) {
        events.execute(() -> {
            if (running.get(job) == ctx) {
                r.run();
            }
        });
    }

    private void finish(Job job, BasicJobContext ctx, Runnable end) {
        events.execute(() -> {
            if (running.get(job) != ctx) {
                return;
            }
            running.remove(job);
            end.run();
            fire(new JobEvent.Finished(job));
        });
    }

    private void fire(JobEvent e) {
        for (Consumer<JobEvent> l : List.copyOf(listeners)) {
            l.accept(e);
        }
    }
}
