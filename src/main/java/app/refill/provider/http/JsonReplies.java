package app.refill.provider.http;

import app.refill.provider.ProviderException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.HttpUrl;

/** Reading provider answers: errors through {@link ErrorMapper}, unreadable JSON as a clear failure. */
public final class JsonReplies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReplies() {
    }

    public static Transport.Reply ok(Transport.Reply r, String provider, String keyHint) throws ProviderException {
        if (!r.ok()) {
            throw ErrorMapper.map(provider, keyHint, r.code(), ErrorText.of(r.body()));
        }
        return r;
    }

    public static JsonNode parse(Transport.Reply r, String provider) throws ProviderException {
        try {
            JsonNode n = JSON.readTree(r.body());
            if (n == null || !(n.isObject() || n.isArray())) {
                throw new IOException("not JSON");
            }
            return n;
        } catch (IOException e) {
            throw new ProviderException.ServerFailed(provider + " sent an answer Refill could not read ("
                    + e.getMessage() + "). Try again later.");
        }
    }

    /** A URL handed to us by the provider, refused unless https (or loopback). */
    public static HttpUrl url(String url, String provider, String what) throws ProviderException {
        try {
            return BaseUrls.checked(url, provider + " " + what);
        } catch (IllegalArgumentException e) {
            throw new ProviderException.ServerFailed(e.getMessage());
        }
    }
}
