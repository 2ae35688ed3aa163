package app.refill.app;

import app.refill.provider.ProviderRegistry;
import app.refill.provider.ProviderSet;
import app.refill.provider.http.Transport;
import app.refill.settings.KeyFile;
import app.refill.ui.ProviderCatalog;
import java.io.IOException;
import java.util.Map;

/** Providers from the environment's keys and the keys saved in the config folder's {@code keys.properties}. */
final class KeyFileCatalog implements ProviderCatalog {
    private final Map<String, String> env;
    private final KeyFile file;
    private final Transport transport;

    KeyFileCatalog(Map<String, String> env, KeyFile file, Transport transport) {
        this.env = env;
        this.file = file;
        this.transport = transport;
    }

    @Override
    public ProviderSet load() throws IOException {
        return new ProviderRegistry(env, file.load(), transport);
    }

    @Override
    public void saveKey(String providerId, String key) throws IOException {
        file.put(providerId, key);
    }

    @Override
    public void removeKey(String providerId) throws IOException {
        file.remove(providerId);
    }

    @Override
    public String keyFileLocation() {
        return file.path().toString();
    }
}
