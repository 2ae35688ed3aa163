package app.refill.settings;

import java.util.Map;
import java.util.Optional;

/**
 * Where each provider's key comes from: the environment variable wins, then the key stored in Settings.
 * Nothing here prints or logs a key; {@link Key#toString()} hides it so a stray log line cannot leak it.
 */
public final class ApiKeys {
    public enum Origin { ENVIRONMENT, SETTINGS }

    /** A key and where it was found. */
    public record Key(String value, Origin origin) {
        @Override
        public String toString() {
            return "Key[" + origin + ", hidden]";
        }
    }

    private final Map<String, String> env;
    private final Map<String, String> stored;
    private final Map<String, String> variables;

    /**
     * @param variables provider id to the environment variable holding its key
     * @param stored    provider id to the key saved in Settings
     */
    public ApiKeys(Map<String, String> env, Map<String, String> variables, Map<String, String> stored) {
        this.env = env;
        this.variables = variables;
        this.stored = stored;
    }

    public Optional<Key> key(String providerId) {
        String variable = variables.get(providerId);
        String fromEnv = variable == null ? null : env.get(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(new Key(fromEnv.trim(), Origin.ENVIRONMENT));
        }
        String saved = stored.get(providerId);
        return saved == null || saved.isBlank() ? Optional.empty() : Optional.of(new Key(saved.trim(), Origin.SETTINGS));
    }
}
