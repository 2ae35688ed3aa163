package app.refill.ui;

import app.refill.job.ScriptedProvider;
import app.refill.provider.ImageProvider;
import app.refill.provider.ProviderInfo;
import app.refill.provider.ProviderSet;
import app.refill.provider.local.LocalProvider;
import app.refill.settings.ApiKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Providers for editor tests: a scripted fake with a key, Local, and a network provider without a key.
 * Saved keys are kept in memory; saving one makes that provider ready on the next load.
 */
public final class FakeCatalog implements ProviderCatalog {
    public final ScriptedProvider fake;
    public final Map<String, String> saved = new LinkedHashMap<>();
    public final ScriptedProvider keyless;

    public FakeCatalog(ScriptedProvider fake) {
        this.fake = fake;
        this.keyless = new ScriptedProvider("keyless", null);
    }

    @Override
    public ProviderSet load() {
        Map<String, String> keys = Map.copyOf(saved);
        return new ProviderSet() {
            @Override
            public List<ProviderInfo> list() {
                List<ProviderInfo> out = new ArrayList<>();
                out.add(new ProviderInfo("local", new LocalProvider(1), Optional.empty(), false));
                out.add(new ProviderInfo(fake.id(), fake, Optional.of(ApiKeys.Origin.ENVIRONMENT), true));
                out.add(new ProviderInfo("keyless", keyless,
                        keys.containsKey("keyless") ? Optional.of(ApiKeys.Origin.SETTINGS) : Optional.empty(), true));
                return out;
            }

            @Override
            public Optional<ImageProvider> create(String id) {
                return switch (id) {
                    case "local" -> Optional.of(new LocalProvider(1));
                    case "keyless" -> keys.containsKey("keyless") ? Optional.of(keyless) : Optional.empty();
                    default -> id.equals(fake.id()) ? Optional.of(fake) : Optional.empty();
                };
            }

            @Override
            public Optional<ImageProvider> createWithKey(String id, String key) {
                return key.isBlank() ? Optional.empty() : id.equals("keyless") ? Optional.of(keyless)
                        : id.equals(fake.id()) ? Optional.of(fake) : Optional.empty();
            }

            @Override
            public String defaultProvider() {
                return fake.id();
            }
        };
    }

    @Override
    public void saveKey(String providerId, String key) {
        saved.put(providerId, key);
    }

    @Override
    public void removeKey(String providerId) {
        saved.remove(providerId);
    }

    @Override
    public String keyFileLocation() {
        return "(memory)";
    }
}
