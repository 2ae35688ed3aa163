package app.refill.provider;

import app.refill.settings.ApiKeys;
import java.util.Optional;

/**
 * What the editor shows of a provider before any job: its name, what it accepts and costs, and whether it has
 * a key (and from where). {@code describer} answers those questions only; it may have no key and is never run
 * ({@link ProviderRegistry#create} makes the provider a job uses).
 */
public record ProviderInfo(String id, ImageProvider describer, Optional<ApiKeys.Origin> keyOrigin, boolean needsKey) {
    public String displayName() {
        return describer.displayName();
    }

    public Capabilities capabilities() {
        return describer.capabilities();
    }

    /** Local always is; a network provider once it has a key. */
    public boolean ready() {
        return !needsKey || keyOrigin.isPresent();
    }
}
