package app.refill.ui;

import app.refill.provider.ProviderSet;
import java.io.IOException;

/**
 * Where the editor gets its providers and where Settings stores keys. Every method may touch the disk, so
 * the view models call them on a worker. Keys from the environment win and are never written.
 */
public interface ProviderCatalog {
    /** The providers with the keys as they are now (environment, then the saved file). */
    ProviderSet load() throws IOException;

    void saveKey(String providerId, String key) throws IOException;

    void removeKey(String providerId) throws IOException;

    /** Where keys are saved, for the Settings dialog to show. */
    String keyFileLocation();
}
