package app.refill.provider.fal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A local server that speaks fal's queue and storage protocol (../shared/providers/fal.md): storage
 * initiate + PUT, queue submit with owner/app request URLs, 202 status while queued or running and 200 when
 * COMPLETED (failures as COMPLETED + error), the result JSON, cancel, and FastAPI / infra error bodies.
 */
public final class FakeFal extends Dispatcher {
    public static final String KEY = "fal-key-id:fal-secret-3c9d";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final MockWebServer server;
    public final List<RecordedRequest> requests = new ArrayList<>();
    public final Map<String, byte[]> uploads = new HashMap<>();
    public final List<JsonNode> submits = new ArrayList<>();
    public final Deque<String> statuses = new ArrayDeque<>(List.of("IN_QUEUE", "IN_PROGRESS", "COMPLETED"));
    public final Deque<MockResponse> submitOverrides = new ArrayDeque<>();
    public boolean[] nsfw = {};
    public int cancels;
    /** What result image URLs serve; null serves a short text marker. */
    public byte[] image;
    private int uploadCounter;
    private int numImages = 1;

    public FakeFal(MockWebServer server) {
        this.server = server;
        server.setDispatcher(this);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest r) {
        requests.add(r);
        String path = r.getUrl().encodedPath();
        if (path.startsWith("/files/")) {
            byte[] data = uploads.getOrDefault(path, image != null ? image : ("OUT:" + path).getBytes());
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "image/png").body(new Buffer().write(data)).build();
        }
        if (path.startsWith("/upload/")) {
            uploads.put("/files/" + path.substring(8), r.getBody().toByteArray());
            return new MockResponse.Builder().code(200).build();
        }
        if (!("Key " + KEY).equals(r.getHeaders().get("Authorization"))) {
            return json(401, "{\"detail\":\"Unauthorized: invalid key\",\"error_type\":\"unauthorized\"}");
        }
        if (path.equals("/storage/auth/token") && r.getMethod().equals("POST")) {
            return json(200, "{\"token\":\"t-1\",\"token_type\":\"Bearer\",\"base_url\":\""
                    + server.url("/") + "\",\"expires_at\":\"2030-01-01T00:00:00Z\"}");
        }
        if (path.equals("/storage/upload/initiate")) {
            String n = "u" + (++uploadCounter);
            return json(200, "{\"upload_url\":\"" + server.url("/upload/" + n) + "\",\"file_url\":\"" + server.url("/files/" + n) + "\"}");
        }
        if (path.equals("/fal-ai/flux-pro/v1/fill") && r.getMethod().equals("POST")) {
            return submit(r);
        }
        if (path.endsWith("/status")) {
            String s = statuses.size() > 1 ? statuses.poll() : statuses.peek();
            if (s.startsWith("HTTP ")) {
                return new MockResponse.Builder().code(Integer.parseInt(s.substring(5))).setHeader("Retry-After", "2")
                        .body("{\"detail\":\"busy\"}").build();
            }
            if (s.equals("garbage")) {
                return new MockResponse.Builder().code(200).body("<html>oops</html>").build();
            }
            if (s.startsWith("COMPLETED")) {
                String error = s.contains(":") ? ",\"error\":\"" + s.substring(s.indexOf(':') + 1) + "\",\"error_type\":\""
                        + s.substring(s.indexOf(':') + 1) + "\"" : "";
                return json(200, "{\"status\":\"COMPLETED\",\"logs\":[],\"metrics\":{\"inference_time\":2.1}" + error + "}");
            }
            return json(202, "{\"status\":\"" + s + "\"" + (s.equals("IN_QUEUE") ? ",\"queue_position\":1" : ",\"logs\":[]") + "}");
        }
        if (path.endsWith("/cancel") && r.getMethod().equals("PUT")) {
            cancels++;
            return json(202, "{\"status\":\"CANCELLATION_REQUESTED\"}");
        }
        if (path.startsWith("/fal-ai/flux-pro/requests/")) {
            StringBuilder images = new StringBuilder();
            StringBuilder flags = new StringBuilder();
            for (int i = 0; i < numImages; i++) {
                images.append(i > 0 ? "," : "").append("{\"url\":\"").append(server.url("/files/out-" + i + ".png"))
                        .append("\",\"content_type\":\"image/png\"}");
                flags.append(i > 0 ? "," : "").append(i < nsfw.length && nsfw[i]);
            }
            return json(200, "{\"images\":[" + images + "],\"timings\":{},\"seed\":900,\"has_nsfw_concepts\":[" + flags
                    + "],\"prompt\":\"p\"}");
        }
        return json(404, "{\"detail\":\"Not Found\"}");
    }

    private MockResponse submit(RecordedRequest r) {
        JsonNode b;
        try {
            b = JSON.readTree(r.getBody().utf8());
        } catch (Exception e) {
            return json(422, "{\"detail\":[{\"loc\":[\"body\"],\"msg\":\"Invalid JSON\",\"type\":\"json_invalid\"}]}");
        }
        submits.add(b);
        if (!submitOverrides.isEmpty()) {
            return submitOverrides.poll();
        }
        for (String field : new String[] {"prompt", "image_url", "mask_url"}) {
            if (!b.hasNonNull(field)) {
                return json(422, "{\"detail\":[{\"loc\":[\"body\",\"" + field + "\"],\"msg\":\"Field required\",\"type\":\"missing\","
                        + "\"url\":\"https://docs.fal.ai/errors/#missing\"}]}");
            }
        }
        numImages = b.path("num_images").asInt(1);
        if (numImages < 1 || numImages > 4) {
            return json(422, "{\"detail\":[{\"loc\":[\"body\",\"num_images\"],\"msg\":\"Input should be less than or equal to 4\","
                    + "\"type\":\"less_than_equal\",\"url\":\"https://docs.fal.ai/errors/#less_than_equal\"}]}");
        }
        if (b.has("safety_tolerance") && !b.get("safety_tolerance").isTextual()) {
            return json(422, "{\"detail\":[{\"loc\":[\"body\",\"safety_tolerance\"],\"msg\":\"Input should be '1', '2', '3', '4', '5' or '6'\","
                    + "\"type\":\"enum\",\"url\":\"https://docs.fal.ai/errors/#enum\"}]}");
        }
        String id = "80e732af-660e";
        String base = server.url("/fal-ai/flux-pro/requests/" + id).toString();
        return json(200, "{\"request_id\":\"" + id + "\",\"response_url\":\"" + base + "\",\"status_url\":\"" + base
                + "/status\",\"cancel_url\":\"" + base + "/cancel\",\"status\":\"IN_QUEUE\",\"queue_position\":2}");
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }
}
