package app.refill.provider.http;

import app.refill.provider.JobCancelledException;
import app.refill.provider.JobContext;
import app.refill.provider.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The one HTTP client of all providers: blocking calls for worker threads, cancelled with the job, retried
 * with {@link RetryPolicy}. Polls and downloads ({@link Mode#IDEMPOTENT}) retry on 408, 429, 5xx and network
 * errors; a submit ({@link Mode#SUBMIT}) only where it cannot have been charged: a 429 (refused before it was
 * accepted) or a refused connection. Bodies are read up to a size cap. Never logs headers (keys live there).
 */
public final class Transport {
    public enum Mode { IDEMPOTENT, SUBMIT }

    /** A finished exchange, whatever its status. */
    public record Reply(int code, byte[] body, Headers headers) {
        public boolean ok() {
            return code >= 200 && code < 300;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public static final long DEFAULT_MAX_BODY = 64L << 20;

    private final OkHttpClient client;
    private final RetryPolicy policy;
    private final long maxBody;

    public Transport(OkHttpClient client, RetryPolicy policy, long maxBody) {
        this.client = client;
        this.policy = policy;
        this.maxBody = maxBody;
    }

    public static Transport standard() {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(90, TimeUnit.SECONDS)
                .writeTimeout(90, TimeUnit.SECONDS)
                .retryOnConnectionFailure(false)
                .build();
        return new Transport(client, RetryPolicy.standard(), DEFAULT_MAX_BODY);
    }

    public Reply send(String provider, Request request, Mode mode, JobContext ctx)
            throws JobCancelledException, ProviderException {
        Request req = request.newBuilder().header("User-Agent", "Refill/0.1").build();
        for (int attempt = 0; ; attempt++) {
            ctx.checkCancelled();
            if (ctx.now().isAfter(ctx.deadline())) {
                throw timedOut(provider);
            }
            Call call = client.newCall(req);
            try (JobContext.Registration hook = ctx.onCancel(call::cancel); Response r = call.execute()) {
                Reply reply = new Reply(r.code(), read(provider, r.body()), r.headers());
                if (retryable(reply.code(), mode) && attempt < policy.maxRetries()) {
                    pause(provider, attempt, r.header("Retry-After"), ctx);
                    continue;
                }
                return reply;
            } catch (IOException e) {
                if (ctx.isCancelled()) {
                    throw new JobCancelledException();
                }
                boolean safe = mode == Mode.IDEMPOTENT || e instanceof ConnectException;
                if (safe && attempt < policy.maxRetries()) {
                    pause(provider, attempt, null, ctx);
                    continue;
                }
                if (e instanceof SocketTimeoutException) {
                    throw new ProviderException.TimedOut(provider + " did not answer in time (" + e.getMessage()
                            + "). Check your connection and try again.");
                }
                throw new ProviderException.NetworkFailed("Could not reach " + provider + " ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Check your internet "
                        + "connection, proxy or the base URL setting, then retry.", e);
            }
        }
    }

    private static boolean retryable(int code, Mode mode) {
        if (mode == Mode.SUBMIT) {
            return code == 429;
        }
        return code == 408 || code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
    }

    private void pause(String provider, int attempt, String retryAfter, JobContext ctx)
            throws JobCancelledException, ProviderException {
        Duration d = policy.delay(attempt, retryAfter, ctx.now().atZone(ZoneOffset.UTC));
        if (ctx.now().plus(d).isAfter(ctx.deadline())) {
            throw timedOut(provider);
        }
        ctx.sleep(d);
    }

    private byte[] read(String provider, ResponseBody body) throws IOException, ProviderException {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body.byteStream()) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (data.length > maxBody) {
                throw new ProviderException.ServerFailed(provider + " sent more than " + (maxBody >> 20)
                        + " MB; Refill stopped reading it.");
            }
            return data;
        }
    }

    private static ProviderException timedOut(String provider) {
        return new ProviderException.TimedOut(provider + " did not finish before the job's time limit. "
                + "It may be busy; try again later.");
    }
}
