package app.refill.provider;

import app.refill.provider.bfl.BflProvider;
import app.refill.provider.fal.FalProvider;
import app.refill.provider.http.BaseUrls;
import app.refill.provider.http.Transport;
import app.refill.provider.runware.RunwareProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the network providers from keys and base URLs found in the environment (variables named in
 * README.md). A provider without a key is not available; the message says which variable to set.
 */
public final class ProviderRegistry {
    public static final List<String> IDS = List.of(BflProvider.ID, RunwareProvider.ID, FalProvider.ID);

    private final Map<String, String> env;
    private final Transport transport;
    private final BaseUrls urls;

    public ProviderRegistry(Map<String, String> env, Transport transport) {
        this.env = env;
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

    public Optional<String> key(String id) {
        String k = env.get(keyVariable(id));
        return k == null || k.isBlank() ? Optional.empty() : Optional.of(k.trim());
    }

    /** The provider, or empty when its key is not set. Throws IllegalArgumentException for a bad base URL. */
    public Optional<ImageProvider> create(String id) {
        Optional<String> key = key(id);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (id) {
            case BflProvider.ID -> new BflProvider(transport, urls.resolve(BflProvider.URL_VARIABLE, BflProvider.DEFAULT_URL), key.get());
            case RunwareProvider.ID -> new RunwareProvider(transport,
                    urls.resolve(RunwareProvider.URL_VARIABLE, RunwareProvider.DEFAULT_URL), key.get(), UUID::randomUUID);
            case FalProvider.ID -> new FalProvider(transport, urls.resolve(FalProvider.URL_VARIABLE, FalProvider.DEFAULT_URL),
                    urls.resolve(FalProvider.STORAGE_VARIABLE, FalProvider.DEFAULT_STORAGE_URL), key.get());
            default -> throw new IllegalArgumentException("unknown provider " + id);
        });
    }
}
