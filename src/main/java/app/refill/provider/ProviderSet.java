package app.refill.provider;

import java.util.List;
import java.util.Optional;

/** The providers the user can choose from now, with the keys they have now. */
public interface ProviderSet {
    List<ProviderInfo> list();

    /** A provider ready to run, or empty when it needs a key that is not set. */
    Optional<ImageProvider> create(String id);

    /** The provider with this key instead of the one in effect (Settings tests a key before saving it). */
    Optional<ImageProvider> createWithKey(String id, String key);

    /** Which provider to preselect: Local while no key is set. */
    String defaultProvider();
}
