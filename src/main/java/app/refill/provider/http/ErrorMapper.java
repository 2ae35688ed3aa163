package app.refill.provider.http;

import app.refill.provider.ProviderException;

/** The one place that turns an HTTP status and the provider's words into a typed error that says what to do. */
public final class ErrorMapper {
    private ErrorMapper() {
    }

    /**
     * @param provider display name ("BFL")
     * @param keyHint  where the key comes from, e.g. "BFL_API_KEY or the key in Settings"
     */
    public static ProviderException map(String provider, String keyHint, int status, String detail) {
        String said = detail == null || detail.isBlank() ? "" : ": " + detail;
        return switch (status) {
            case 401, 403 -> new ProviderException.AuthFailed(provider + " did not accept the API key (HTTP " + status
                    + said + "). Check " + keyHint + ".");
            case 402 -> new ProviderException.NoCredits(provider + " says the account has no credits left (HTTP 402"
                    + said + "). Top up your " + provider + " account, then retry.");
            case 400, 404, 409, 413, 422 -> new ProviderException.Rejected(provider + " rejected the request (HTTP "
                    + status + said + ").");
            case 429 -> new ProviderException.RateLimited(provider + " is limiting requests (HTTP 429" + said
                    + "). Wait a minute or finish other jobs, then retry.");
            default -> status >= 500
                    ? new ProviderException.ServerFailed(provider + " had a server problem (HTTP " + status + said
                            + ") and kept failing after retries. Try again later.")
                    : new ProviderException.ServerFailed(provider + " answered HTTP " + status + said + ".");
        };
    }
}
