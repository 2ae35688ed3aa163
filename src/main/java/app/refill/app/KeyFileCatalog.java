package app.refill.app;

import app.refill.provider.ProviderRegistry;
import app.refill.provider.ProviderSet;
import app.refill.provider.http.Transport;
import app.refill.settings.KeyFile;
import app.refill.ui.ProviderCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Providers from the environment's keys and the keys saved in the config folder's {@code keys.properties}. */
final class KeyFileCatalog implements ProviderCatalog {
    private final Map<String, String> env;
    private final KeyFile file;
    private final Transport transport;
    /** Every key value known now (environment and file), for the log's redactor; refreshed on every read. */
    private volatile List<String> known = List.of();

    KeyFileCatalog(Map<String, String> env, KeyFile file, Transport transport) {
        this.env = env;
        this.file = file;
        this.transport = transport;
    }

    @Override
    public ProviderSet load() throws IOException {
        Map<String, String> saved = file.load();
        remember(saved);
        return new ProviderRegistry(env, saved, transport);
    }

    @Override
    public void saveKey(String providerId, String key) throws IOException {
        file.put(providerId, key);
        remember(file.load());
    }

    @Override
    public void removeKey(String providerId) throws IOException {
        file.remove(providerId);
    }

    /** The keys the log must never show. */
    Collection<String> knownKeys() {
        return known;
    }

    private void remember(Map<String, String> saved) {
        List<String> all = new ArrayList<>(saved.values());
        for (String id : ProviderRegistry.NETWORK_IDS) {
            String v = env.get(ProviderRegistry.keyVariable(id));
            if (v != null && !v.isBlank()) {
                all.add(v.strip());
            }
        }
        known = List.copyOf(all);
    }

    @Override
    public String keyFileLocation() {
        return file.path().toString();
    }
}
