package app.refill.provider.runware;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A local server that speaks Runware's REST protocol (../shared/providers/runware.md): one URL taking JSON
 * arrays of tasks, Bearer auth, the documented validation with {@code {"data":[],"errors":[…]}} bodies,
 * async acknowledgements, {@code getResponse} polling with processing/success items, and image URLs.
 */
public final class FakeRunware extends Dispatcher {
    public static final String KEY = "rw-secret-77aa19";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final MockWebServer server;
    public final List<JsonNode> tasks = new ArrayList<>();
    public final List<RecordedRequest> requests = new ArrayList<>();
    final Set<String> known = new HashSet<>();
    /** Poll answers in order, the last repeating: "processing" (or any other in-flight status), "success", "HTTP nnn",
     * "error:code", "garbage". */
    public final Deque<String> polls = new ArrayDeque<>(List.of("processing", "success"));
    public final Deque<MockResponse> submitOverrides = new ArrayDeque<>();
    int numberResults = 1;
    /** What image URLs serve; null serves a short text marker. */
    public byte[] image;

    public FakeRunware(MockWebServer server) {
        this.server = server;
        server.setDispatcher(this);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest r) {
        requests.add(r);
        if (r.getUrl().encodedPath().startsWith("/images/")) {
            Buffer b = image != null ? new Buffer().write(image) : new Buffer().writeUtf8("PNG:" + r.getUrl().encodedPath());
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "image/png").body(b).build();
        }
        String auth = r.getHeaders().get("Authorization");
        if (!("Bearer " + KEY).equals(auth)) {
            return error(401, "invalidApiKey", "Invalid API key. Get one at https://my.runware.ai/signup", "apiKey", null);
        }
        JsonNode task;
        try {
            JsonNode body = JSON.readTree(r.getBody().utf8());
            task = body.get(0);
        } catch (Exception e) {
            return error(400, "invalidPayload", "The request body is not a JSON array of tasks.", null, null);
        }
        if ("authentication".equals(task.path("taskType").asText())) {
            return KEY.equals(task.path("apiKey").asText())
                    ? json(200, "{\"data\":[{\"taskType\":\"authentication\",\"connectionSessionUUID\":\"s-1\"}]}")
                    : error(401, "invalidApiKey", "Invalid API key. Get one at https://my.runware.ai/signup", "apiKey", null);
        }
        if ("getResponse".equals(task.path("taskType").asText())) {
            return poll(task.path("taskUUID").asText());
        }
        tasks.add(task);
        if (!submitOverrides.isEmpty()) {
            return submitOverrides.poll();
        }
        String uuid = task.path("taskUUID").asText();
        if (!known.add(uuid)) {
            return error(400, "conflictTaskUUID", "Task UUID already used.", "taskUUID", uuid);
        }
        String invalid = validate(task);
        if (invalid != null) {
            return error(400, "invalid" + Character.toUpperCase(invalid.charAt(0)) + invalid.substring(1),
                    "Invalid value for '" + invalid + "' parameter.", invalid, uuid);
        }
        numberResults = task.path("numberResults").asInt(1);
        return json(200, "{\"data\":[{\"taskType\":\"imageInference\",\"taskUUID\":\"" + uuid + "\"}]}");
    }

    private static String validate(JsonNode t) {
        int len = t.path("positivePrompt").asText("").length();
        if (len < 2 || len > 3000) {
            return "positivePrompt";
        }
        boolean expand = "bfl:1@3".equals(t.path("model").asText());
        if (!t.path("inputs").hasNonNull("seedImage")) {
            return "seedImage";
        }
        if (!expand && !t.path("inputs").hasNonNull("maskImage")) {
            return "maskImage";
        }
        if (expand) {
            JsonNode o = t.get("outpaint");
            if (o == null) {
                return "outpaint";
            }
            for (String side : new String[] {"top", "right", "bottom", "left"}) {
                int v = o.path(side).asInt(0);
                if (v < 0 || v > 2048 || v % 64 != 0) {
                    return "outpaint";
                }
            }
        }
        if (t.has("steps") && (t.get("steps").asInt() < 15 || t.get("steps").asInt() > 50)) {
            return "steps";
        }
        if (t.has("CFGScale") && (t.get("CFGScale").asDouble() < 1.5 || t.get("CFGScale").asDouble() > 100)) {
            return "CFGScale";
        }
        return null;
    }

    private MockResponse poll(String uuid) {
        String s = polls.size() > 1 ? polls.poll() : polls.peek();
        if (s.startsWith("HTTP ")) {
            return new MockResponse.Builder().code(Integer.parseInt(s.substring(5))).body("{\"errors\":[{\"code\":\"busy\"}]}").build();
        }
        if (s.equals("garbage")) {
            return new MockResponse.Builder().code(200).body("<html>oops</html>").build();
        }
        if (s.startsWith("error:")) {
            return json(200, "{\"data\":[],\"errors\":[{\"code\":\"" + s.substring(6) + "\",\"status\":\"error\","
                    + "\"message\":\"The external provider did not respond within the timeout window.\",\"taskUUID\":\"" + uuid + "\"}]}");
        }
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < numberResults; i++) {
            if (i > 0) {
                items.append(',');
            }
            items.append(s.equals("success")
                    ? "{\"taskType\":\"imageInference\",\"taskUUID\":\"" + uuid + "\",\"status\":\"success\",\"imageUUID\":\"img" + i
                            + "\",\"imageURL\":\"" + server.url("/images/img" + i + ".png") + "\",\"seed\":" + (500 + i) + ",\"cost\":0.05}"
                    : "{\"taskType\":\"imageInference\",\"taskUUID\":\"" + uuid + "\",\"status\":\"" + s + "\"}");
        }
        return json(200, "{\"data\":[" + items + "]}");
    }

    static MockResponse error(int code, String errorCode, String message, String parameter, String uuid) {
        return json(code, "{\"data\":[],\"errors\":[{\"code\":\"" + errorCode + "\",\"message\":\"" + message + "\""
                + (parameter == null ? "" : ",\"parameter\":\"" + parameter + "\",\"type\":\"string\"")
                + (uuid == null ? "" : ",\"taskUUID\":\"" + uuid + "\"") + "}]}");
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }
}
