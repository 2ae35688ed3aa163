package app.refill.provider.http;

import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Where each provider lives: the official host unless an environment variable points elsewhere (regional
 * endpoints, proxies, local test servers). Plain http is allowed only for loopback hosts.
 */
public final class BaseUrls {
    private final Map<String, String> env;

    public BaseUrls(Map<String, String> env) {
        this.env = env;
    }

    public HttpUrl resolve(String variable, String defaultUrl) {
        String value = env.getOrDefault(variable, "");
        return checked(value.isBlank() ? defaultUrl : value.trim(), variable);
    }

    /** Parses a URL we are about to call (configured, or handed to us by a provider) and enforces https. */
    public static HttpUrl checked(String url, String origin) {
        HttpUrl u = HttpUrl.parse(url);
        if (u == null) {
            throw new IllegalArgumentException(origin + " is not a valid URL: " + url);
        }
        if (!u.isHttps() && !isLoopback(u.host())) {
            throw new IllegalArgumentException(origin + " must use https (plain http is only allowed for "
                    + "localhost): " + u.scheme() + "://" + u.host());
        }
        return u;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]")
                || host.equals("0:0:0:0:0:0:0:1");
    }
}
