package app.refill.provider;

import app.refill.core.plan.Plan;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A provider named by a project file, made when a job actually runs: the project may be opened before its
 * key is set, and the key may be added in Settings before the job is retried. Name and capabilities come from
 * the keyless describer; running builds the provider from the keys as they are then (on the job's worker).
 */
public final class DeferredProvider implements ImageProvider {
    private final ProviderInfo info;
    private final Supplier<Optional<ImageProvider>> make;
    /** Made by the encode that starts each run (JobQueue encodes, then runs), so the keys are read once a run. */
    private volatile Optional<ImageProvider> current = Optional.empty();

    public DeferredProvider(ProviderInfo info, Supplier<Optional<ImageProvider>> make) {
        this.info = info;
        this.make = make;
    }

    @Override
    public String id() {
        return info.id();
    }

    @Override
    public String displayName() {
        return info.displayName();
    }

    @Override
    public Capabilities capabilities() {
        return info.capabilities();
    }

    @Override
    public boolean followsPrompt() {
        return info.describer().followsPrompt();
    }

    @Override
    public GenerationRequest encode(Plan plan, GenerationParams params) {
        current = make.get();
        return current.map(p -> p.encode(plan, params)).orElseGet(() -> RequestEncoder.encode(plan, params));
    }

    @Override
    public List<GeneratedImage> run(GenerationRequest request, JobContext ctx)
            throws ProviderException, JobCancelledException {
        Optional<ImageProvider> p = current.isPresent() ? current : make.get();
        if (p.isEmpty()) {
            throw new ProviderException.AuthFailed(displayName() + " has no key. Add one in Settings (Ctrl+,), "
                    + "then retry the job.");
        }
        return p.get().run(request, ctx);
    }
}
