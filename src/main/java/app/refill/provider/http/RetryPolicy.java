package app.refill.provider.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with full jitter and a cap, overridden by a server's {@code Retry-After} (seconds or
 * an HTTP date, also capped), as BFL's official client does: delay = uniform(0, min(cap, base * 2^attempt)).
 */
public record RetryPolicy(int maxRetries, Duration base, Duration cap, DoubleSupplier random) {
    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30), Math::random);
    }

    /** Delay before retry number {@code attempt} (0-based), honouring a Retry-After header value if any. */
    public Duration delay(int attempt, String retryAfter, ZonedDateTime now) {
        Duration server = parseRetryAfter(retryAfter, now);
        if (server != null) {
            return server.compareTo(cap) > 0 ? cap : server;
        }
        double ceiling = Math.min(cap.toMillis(), base.toMillis() * Math.pow(2, attempt));
        return Duration.ofMillis((long) (random.getAsDouble() * ceiling));
    }

    static Duration parseRetryAfter(String value, ZonedDateTime now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Duration.ofMillis((long) (Double.parseDouble(v) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(now, at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }
}
