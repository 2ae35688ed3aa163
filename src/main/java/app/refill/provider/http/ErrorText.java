package app.refill.provider.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * The human part of a provider's error body, whatever its shape: FastAPI {@code detail} (a string, or a list
 * of {loc, msg}), {@code message}, {@code error}, or Runware's {@code errors[].message} with its parameter.
 */
public final class ErrorText {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX = 300;

    private ErrorText() {
    }

    public static String of(byte[] body) {
        String raw = new String(body, StandardCharsets.UTF_8).trim();
        try {
            JsonNode n = JSON.readTree(raw);
            String text = fromJson(n);
            if (text != null && !text.isBlank()) {
                return clip(text);
            }
        } catch (Exception notJson) {
            // fall through: a proxy's HTML page or plain text
        }
        return raw.isEmpty() ? "(no details)" : clip(raw.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim());
    }

    static String fromJson(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        JsonNode detail = n.get("detail");
        if (detail != null && detail.isTextual()) {
            return detail.asText();
        }
        if (detail != null && detail.isArray() && !detail.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode d : detail) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                JsonNode loc = d.get("loc");
                if (loc != null && loc.isArray() && !loc.isEmpty()) {
                    sb.append(loc.get(loc.size() - 1).asText()).append(": ");
                }
                sb.append(d.path("msg").asText(d.toString()));
            }
            return sb.toString();
        }
        JsonNode errors = n.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            JsonNode e = errors.get(0);
            String param = e.path("parameter").asText("");
            return (param.isEmpty() ? "" : param + ": ") + e.path("message").asText(e.path("code").asText(""));
        }
        for (String key : new String[] {"message", "error"}) {
            if (n.hasNonNull(key) && n.get(key).isTextual()) {
                return n.get(key).asText();
            }
        }
        return null;
    }

    private static String clip(String s) {
        return s.length() <= MAX ? s : s.substring(0, MAX) + "…";
    }
}
