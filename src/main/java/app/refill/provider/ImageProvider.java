package app.refill.provider;

import app.refill.core.geom.Size;
import app.refill.core.plan.Plan;
import java.util.List;

/**
 * One generation backend (BFL, Runware, fal, Local) behind one interface. {@link #run} is blocking code for a
 * worker thread: it reports progress through the context, polls with {@code ctx.sleep}, registers the
 * in-flight call with {@code ctx.onCancel}, and throws a typed {@link ProviderException} on failure.
 */
public interface ImageProvider {
    String id();

    String displayName();

    Capabilities capabilities();

    List<GeneratedImage> run(GenerationRequest request, JobContext ctx) throws ProviderException, JobCancelledException;

    /** False for a provider that ignores the prompt (Local fills from the photo itself). */
    default boolean followsPrompt() {
        return true;
    }

    /**
     * The price of a job in US dollars, from the provider's published pricing (../shared/providers): shown
     * before submit and replaced by the cost a provider reports, where it reports one.
     *
     * @param result the size of each returned image
     */
    default double estimateUsd(Size result, int count) {
        return capabilities().pricing().estimate(result, count);
    }

    /**
     * Asks the provider whether it accepts this provider's key, with a request that generates nothing and costs
     * nothing; returns what to tell the user, or throws the provider's refusal (a wrong key is
     * {@link ProviderException.AuthFailed}). Blocking: call on a worker.
     */
    default String checkKey(JobContext ctx) throws ProviderException, JobCancelledException {
        return displayName() + " needs no key.";
    }

    /** What this provider is sent for a plan: encoded files by default (network providers). */
    default GenerationRequest encode(Plan plan, GenerationParams params) {
        return RequestEncoder.encode(plan, params);
    }
}
