package app.refill.provider.bfl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A local server that speaks BFL's protocol (../shared/providers/bfl.md): x-key auth, FastAPI-style 422
 * validation of the documented ranges, {id, polling_url} on submit (the polling URL on a different path, as
 * regional hosts do), a scripted status sequence, and a result link. Tests script failures per step.
 */
public final class FakeBfl extends Dispatcher {
    public static final String KEY = "bfl_test_key_5f8a2c";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final MockWebServer server;
    public final List<JsonNode> submits = new ArrayList<>();
    public final List<RecordedRequest> requests = new ArrayList<>();
    /** Poll answers in order; the last one repeats. Each is a status name, or "HTTP nnn". */
    public final Deque<String> statuses = new ArrayDeque<>(List.of("Pending", "Pending", "Ready"));
    /** Overrides for the next submit answers ("HTTP 429" etc.), consumed in order. */
    public final Deque<MockResponse> submitOverrides = new ArrayDeque<>();
    public byte[] image = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    public int downloadStatus = 200;
    int taskCounter;

    public FakeBfl(MockWebServer server) {
        this.server = server;
        server.setDispatcher(this);
    }

    @Override
    public MockResponse dispatch(RecordedRequest r) {
        synchronized (this) {
            requests.add(r);
        }
        String path = r.getUrl().encodedPath();
        if (path.startsWith("/v1/flux-pro-1.0-")) {
            return submit(r, path.endsWith("expand"));
        }
        if (path.equals("/us1/v1/get_result")) {
            return poll(r);
        }
        if (path.startsWith("/delivery/")) {
            return downloadStatus == 200
                    ? new MockResponse.Builder().code(200).setHeader("Content-Type", "image/png").body(new Buffer().write(image)).build()
                    : json(downloadStatus, "{\"detail\":\"link expired\"}");
        }
        return json(404, "{\"detail\":\"Not Found\"}");
    }

    private MockResponse submit(RecordedRequest r, boolean expand) {
        if (!KEY.equals(r.getHeaders().get("x-key"))) {
            return json(r.getHeaders().get("x-key") == null ? 403 : 401, "{\"detail\":\"Not authenticated\"}");
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.getBody().utf8());
        } catch (Exception e) {
            return json(422, "{\"detail\":[{\"loc\":[\"body\"],\"msg\":\"invalid json\",\"type\":\"value_error\"}]}");
        }
        synchronized (this) {
            submits.add(body);
        }
        if (!submitOverrides.isEmpty()) {
            return submitOverrides.poll();
        }
        String invalid = validate(body, expand);
        if (invalid != null) {
            return json(422, "{\"detail\":[{\"loc\":[\"body\",\"" + invalid + "\"],\"msg\":\"value out of range\","
                    + "\"type\":\"value_error\"}]}");
        }
        String id = "task-" + (++taskCounter);
        return json(200, "{\"id\":\"" + id + "\",\"polling_url\":\"" + server.url("/us1/v1/get_result?id=" + id) + "\"}");
    }

    private static String validate(JsonNode b, boolean expand) {
        if (!b.hasNonNull("image")) {
            return "image";
        }
        if (!expand && !b.hasNonNull("mask")) {
            return "mask";
        }
        if (b.has("steps") && (b.get("steps").asInt() < 15 || b.get("steps").asInt() > 50)) {
            return "steps";
        }
        if (b.has("guidance") && (b.get("guidance").asDouble() < 1.5 || b.get("guidance").asDouble() > 100)) {
            return "guidance";
        }
        if (b.has("safety_tolerance") && (b.get("safety_tolerance").asInt() < 0 || b.get("safety_tolerance").asInt() > 6)) {
            return "safety_tolerance";
        }
        for (String side : new String[] {"top", "bottom", "left", "right"}) {
            if (b.has(side) && (b.get(side).asInt() < 0 || b.get(side).asInt() > 2048)) {
                return side;
            }
        }
        return null;
    }

    private synchronized MockResponse poll(RecordedRequest r) {
        String id = r.getUrl().queryParameter("id");
        String s = statuses.size() > 1 ? statuses.poll() : statuses.peek();
        if (s.startsWith("HTTP ")) {
            int code = Integer.parseInt(s.substring(5));
            return new MockResponse.Builder().code(code).setHeader("Retry-After", "2")
                    .body("{\"detail\":\"busy\"}").build();
        }
        if (s.equals("garbage")) {
            return new MockResponse.Builder().code(200).body("<html>oops</html>").build();
        }
        String result = s.equals("Ready")
                ? ",\"result\":{\"sample\":\"" + server.url("/delivery/" + id + "/sample.png?sig=x") + "\",\"seed\":4242,\"prompt\":\"p\"}"
                : ",\"result\":null";
        String details = s.equals("Error") ? ",\"details\":{\"error\":\"GPU fell over\"}" : ",\"details\":null";
        return json(200, "{\"id\":\"" + id + "\",\"status\":\"" + s + "\",\"progress\":0.5" + result + details + "}");
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }
}
