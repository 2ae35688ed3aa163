package app.refill.provider;

/**
 * Why a provider failed, as a closed family. Each message names the provider and says what to do; keys never
 * appear in it. {@link #isRetryable()} says whether trying the same request later may succeed.
 */
public abstract sealed class ProviderException extends Exception {
    public enum Kind { AUTH, CREDITS, REJECTED, MODERATED, RATE_LIMITED, SERVER, NETWORK, TIMEOUT }

    private final Kind kind;

    ProviderException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRetryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.SERVER || kind == Kind.NETWORK || kind == Kind.TIMEOUT;
    }

    /** True when the provider refused the request itself (CLI exit 3), false when we gave up (exit 4). */
    public boolean isRefusal() {
        return !isRetryable();
    }

    public static final class AuthFailed extends ProviderException {
        public AuthFailed(String message) {
            super(Kind.AUTH, message, null);
        }
    }

    public static final class NoCredits extends ProviderException {
        public NoCredits(String message) {
            super(Kind.CREDITS, message, null);
        }
    }

    public static final class Rejected extends ProviderException {
        public Rejected(String message) {
            super(Kind.REJECTED, message, null);
        }
    }

    public static final class Moderated extends ProviderException {
        public Moderated(String message) {
            super(Kind.MODERATED, message, null);
        }
    }

    public static final class RateLimited extends ProviderException {
        public RateLimited(String message) {
            super(Kind.RATE_LIMITED, message, null);
        }
    }

    public static final class ServerFailed extends ProviderException {
        public ServerFailed(String message) {
            super(Kind.SERVER, message, null);
        }
    }

    public static final class NetworkFailed extends ProviderException {
        public NetworkFailed(String message, Throwable cause) {
            super(Kind.NETWORK, message, cause);
        }
    }

    public static final class TimedOut extends ProviderException {
        public TimedOut(String message) {
            super(Kind.TIMEOUT, message, null);
        }
    }
}
