package app.refill.provider;

import app.refill.provider.bfl.BflProvider;
import app.refill.provider.fal.FalProvider;
import app.refill.provider.http.BaseUrls;
import app.refill.provider.local.LocalProvider;
import app.refill.provider.http.Transport;
import app.refill.provider.runware.RunwareProvider;
import app.refill.settings.ApiKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the network providers from keys (the environment's variables first, then the keys saved in Settings)
 * and base URLs (environment, named in README.md). A provider without a key is not available.
 */
public final class ProviderRegistry implements ProviderSet {
    /** Every provider, the offline one first: it is the default while no key is set. */
    public static final List<String> IDS = List.of(LocalProvider.ID, BflProvider.ID, RunwareProvider.ID, FalProvider.ID);
    /** The providers that need a key. */
    public static final List<String> NETWORK_IDS = List.of(BflProvider.ID, RunwareProvider.ID, FalProvider.ID);

    private final ApiKeys keys;
    private final Transport transport;
    private final BaseUrls urls;

    public ProviderRegistry(Map<String, String> env, Transport transport) {
        this(env, Map.of(), transport);
    }

    /** @param storedKeys the keys saved in Settings, by provider id ({@link app.refill.settings.KeyFile}) */
    public ProviderRegistry(Map<String, String> env, Map<String, String> storedKeys, Transport transport) {
        Map<String, String> variables = new HashMap<>();
        NETWORK_IDS.forEach(id -> variables.put(id, keyVariable(id)));
        this.keys = new ApiKeys(env, variables, storedKeys);
        this.transport = transport;
        this.urls = new BaseUrls(env);
    }

    public static String keyVariable(String id) {
        return switch (id) {
            case BflProvider.ID -> "BFL_API_KEY";
            case RunwareProvider.ID -> "RUNWARE_API_KEY";
            case FalProvider.ID -> "FAL_KEY";
            default -> throw new IllegalArgumentException("unknown provider " + id);
        };
    }

    /** Local while no key is set, else the first network provider with a key. */
    @Override
    public String defaultProvider() {
        return NETWORK_IDS.stream().filter(id -> key(id).isPresent()).findFirst().orElse(LocalProvider.ID);
    }

    /** The key for a provider, and whether it came from the environment or Settings. */
    public Optional<ApiKeys.Key> key(String id) {
        return keys.key(id);
    }

    /** Every provider, in {@link #IDS} order, with whether it has a key. */
    @Override
    public List<ProviderInfo> list() {
        return IDS.stream().map(this::info).toList();
    }

    public ProviderInfo info(String id) {
        if (LocalProvider.ID.equals(id)) {
            return new ProviderInfo(id, new LocalProvider(), Optional.empty(), false);
        }
        // a keyless instance answers name, capabilities and pricing; it is never run
        return new ProviderInfo(id, build(id, ""), key(id).map(ApiKeys.Key::origin), true);
    }

    /**
     * The provider, or empty when it needs a key that is not set (Local never does). Throws
     * IllegalArgumentException for a bad base URL.
     */
    @Override
    public Optional<ImageProvider> create(String id) {
        if (LocalProvider.ID.equals(id)) {
            return Optional.of(new LocalProvider());
        }
        Optional<String> key = key(id).map(ApiKeys.Key::value);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(id, key.get()));
    }

    @Override
    public Optional<ImageProvider> createWithKey(String id, String key) {
        if (LocalProvider.ID.equals(id)) {
            return Optional.of(new LocalProvider());
        }
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(build(id, key.strip()));
    }

    private ImageProvider build(String id, String key) {
        return switch (id) {
            case BflProvider.ID -> new BflProvider(transport, urls.resolve(BflProvider.URL_VARIABLE, BflProvider.DEFAULT_URL), key);
            case RunwareProvider.ID -> new RunwareProvider(transport,
                    urls.resolve(RunwareProvider.URL_VARIABLE, RunwareProvider.DEFAULT_URL), key, UUID::randomUUID);
            case FalProvider.ID -> new FalProvider(transport, urls.resolve(FalProvider.URL_VARIABLE, FalProvider.DEFAULT_URL),
                    urls.resolve(FalProvider.STORAGE_VARIABLE, FalProvider.DEFAULT_STORAGE_URL), key);
            default -> throw new IllegalArgumentException("unknown provider " + id);
        };
    }
}
