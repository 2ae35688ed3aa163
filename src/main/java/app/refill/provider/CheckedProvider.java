package app.refill.provider;

import java.util.List;

/**
 * What every real provider shares: its id, name and capabilities, and the rule that a request it cannot take
 * (a job kind it lacks, a value out of range, a prompt too long) is refused with the range in the message
 * before anything is sent or computed. Subclasses only {@link #generate}.
 */
public abstract class CheckedProvider implements ImageProvider {
    private final String id;
    private final String name;
    private final Capabilities capabilities;

    protected CheckedProvider(String id, String name, Capabilities capabilities) {
        this.id = id;
        this.name = name;
        this.capabilities = capabilities;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return name;
    }

    @Override
    public final Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public final List<GeneratedImage> run(GenerationRequest request, JobContext ctx)
            throws ProviderException, JobCancelledException {
        capabilities.require(name, request.kind(), request.params());
        return generate(request, ctx);
    }

    /** Runs a request that {@link Capabilities#require} has accepted. */
    protected abstract List<GeneratedImage> generate(GenerationRequest request, JobContext ctx)
            throws ProviderException, JobCancelledException;
}
