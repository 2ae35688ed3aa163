package app.refill.provider;

/**
 * One image a provider returned: its bytes as downloaded, the seed it used (null if not reported) and the
 * cost it reported in US dollars (null if not reported).
 */
public record GeneratedImage(byte[] bytes, String contentType, Long seed, Double costUsd, String model) {
}
