package app.refill.provider.runware;

import app.refill.core.geom.Size;
import app.refill.core.doc.JobKind;
import app.refill.core.plan.SizeRules;
import app.refill.provider.Capabilities;
import app.refill.provider.CheckedProvider;
import app.refill.provider.Capabilities.Range;
import app.refill.provider.GeneratedImage;
import app.refill.provider.GenerationParams;
import app.refill.provider.GenerationRequest;
import app.refill.provider.JobCancelledException;
import app.refill.provider.JobContext;
import app.refill.provider.OutputFormat;
import app.refill.provider.Progress;
import app.refill.provider.ProviderException;
import app.refill.provider.http.ErrorText;
import app.refill.provider.http.JsonReplies;
import app.refill.provider.http.Transport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Runware's REST API: one {@code imageInference} task, model {@code bfl:1@2} (fill) or {@code bfl:1@3}
 * (expand, sides in 64-px steps), sent with {@code deliveryMethod: async} and polled with {@code getResponse}
 * until every requested result is {@code success}. Images go inline as data URIs. Key as a Bearer token.
 */
public final class RunwareProvider extends CheckedProvider {
    public static final String ID = "runware";
    public static final String URL_VARIABLE = "REFILL_RUNWARE_URL";
    public static final String DEFAULT_URL = "https://api.runware.ai/v1";
    static final String NAME = "Runware";
    static final String KEY_HINT = "RUNWARE_API_KEY or the key in Settings";
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Capabilities CAPS = new Capabilities("FLUX.1 Fill [pro] (bfl:1@2) / Expand [pro] (bfl:1@3)",
            true, true, new SizeRules(SizeRules.DEFAULT_MAX_PIXELS, 256, 64, false), 20, 20, new Range(15, 50, 50.0),
            new Range(1.5, 100, 60.0), new Range(0, 6, 2.0), new Range(2, 3000),
            EnumSet.of(OutputFormat.PNG, OutputFormat.JPEG, OutputFormat.WEBP),
            Capabilities.Pricing.perImage(0.05));

    private final Transport transport;
    private final HttpUrl url;
    private final String key;
    private final Supplier<UUID> uuids;
    private final ObjectMapper json = new ObjectMapper();

    public RunwareProvider(Transport transport, HttpUrl url, String key, Supplier<UUID> uuids) {
        super(ID, NAME, CAPS);
        this.transport = transport;
        this.url = url;
        this.key = key;
        this.uuids = uuids;
    }

    @Override
    protected List<GeneratedImage> generate(GenerationRequest req, JobContext ctx)
            throws ProviderException, JobCancelledException {
        ctx.progress(Progress.of(Progress.Stage.SUBMITTING));
        String task = uuids.get().toString();
        JsonNode ack = JsonReplies.parse(JsonReplies.ok(post(task(req, task), Transport.Mode.SUBMIT, ctx), NAME, KEY_HINT), NAME);
        failOnErrors(ack);
        List<JsonNode> done = poll(task, req.params().count(), ctx);
        ctx.progress(Progress.of(Progress.Stage.DOWNLOADING));
        List<GeneratedImage> out = new ArrayList<>();
        for (JsonNode item : done) {
            out.add(download(item, ctx));
        }
        return out;
    }

    byte[] task(GenerationRequest req, String taskUuid) {
        GenerationParams p = req.params();
        boolean fill = req.kind() == JobKind.FILL;
        ObjectNode t = json.createObjectNode();
        t.put("taskType", "imageInference");
        t.put("taskUUID", taskUuid);
        t.put("model", fill ? "bfl:1@2" : "bfl:1@3");
        t.put("positivePrompt", p.prompt());
        ObjectNode inputs = t.putObject("inputs");
        inputs.put("seedImage", dataUri(req.imageMime(), req.imageBytes()));
        if (fill) {
            inputs.put("maskImage", dataUri("image/png", req.maskPng()));
            if (p.seed() != null) {
                t.put("seed", p.seed());
            }
        } else {
            ObjectNode o = t.putObject("outpaint");
            o.put("top", req.sides().top());
            o.put("right", req.sides().right());
            o.put("bottom", req.sides().bottom());
            o.put("left", req.sides().left());
        }
        if (p.steps() != null) {
            t.put("steps", p.steps());
        }
        if (p.guidance() != null) {
            t.put("CFGScale", p.guidance());
        }
        ObjectNode bfl = t.putObject("providerSettings").putObject("bfl");
        bfl.put("promptUpsampling", p.promptUpsampling());
        if (p.safetyTolerance() != null) {
            bfl.put("safetyTolerance", p.safetyTolerance());
        }
        t.put("numberResults", p.count());
        t.put("outputType", "URL");
        t.put("outputFormat", p.format() == OutputFormat.JPEG ? "JPG" : p.format().name());
        t.put("includeCost", true);
        t.put("deliveryMethod", "async");
        return bytes(json.createArrayNode().add(t));
    }

    private List<JsonNode> poll(String task, int count, JobContext ctx) throws ProviderException, JobCancelledException {
        ArrayNode ask = json.createArrayNode();
        ask.addObject().put("taskType", "getResponse").put("taskUUID", task);
        byte[] body = bytes(ask);
        while (true) {
            ctx.sleep(POLL);
            JsonNode answer = JsonReplies.parse(JsonReplies.ok(post(body, Transport.Mode.IDEMPOTENT, ctx), NAME, KEY_HINT), NAME);
            failOnErrors(answer);
            List<JsonNode> success = new ArrayList<>();
            for (JsonNode item : answer.path("data")) {
                if (task.equals(item.path("taskUUID").asText()) && "success".equals(item.path("status").asText())) {
                    success.add(item);
                }
            }
            if (success.size() >= count) {
                return success;
            }
            ctx.progress(new Progress(Progress.Stage.GENERATING, count == 0 ? -1 : (double) success.size() / count, -1));
            if (ctx.now().plus(POLL).isAfter(ctx.deadline())) {
                throw new ProviderException.TimedOut(NAME + " did not finish before the job's time limit ("
                        + success.size() + " of " + count + " ready). It may be busy; try again later.");
            }
        }
    }

    /** Runware reports failed tasks in an {@code errors} array, also on HTTP 200. */
    private static void failOnErrors(JsonNode answer) throws ProviderException {
        JsonNode errors = answer.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return;
        }
        JsonNode e = errors.get(0);
        String code = e.path("code").asText("");
        String text = ErrorText.of(answer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String lower = (code + " " + text).toLowerCase(Locale.ROOT);
        if (lower.contains("apikey")) {
            throw new ProviderException.AuthFailed(NAME + " did not accept the API key (" + text + "). Check " + KEY_HINT + ".");
        }
        if (lower.contains("credit") || lower.contains("balance")) {
            throw new ProviderException.NoCredits(NAME + " says the account has no credits left (" + text
                    + "). Top up your Runware account, then retry.");
        }
        if (lower.contains("moderat") || lower.contains("nsfw") || lower.contains("safety")) {
            throw new ProviderException.Moderated(NAME + " moderation blocked the request (" + text
                    + "). Change the prompt or picture, or raise the safety tolerance.");
        }
        if (code.startsWith("invalid") || code.startsWith("missing")) {
            throw new ProviderException.Rejected(NAME + " rejected the request (" + text + ").");
        }
        throw new ProviderException.ServerFailed(NAME + " could not generate the image (" + text + "). Try again later.");
    }

    private GeneratedImage download(JsonNode item, JobContext ctx) throws ProviderException, JobCancelledException {
        String link = item.path("imageURL").asText("");
        if (link.isEmpty()) {
            throw new ProviderException.ServerFailed(NAME + " reported success but sent no image URL.");
        }
        Request get = new Request.Builder().url(JsonReplies.url(link, NAME, "imageURL")).get().build();
        Transport.Reply r = JsonReplies.ok(transport.send(NAME, get, Transport.Mode.IDEMPOTENT, ctx), NAME, KEY_HINT);
        Long seed = item.path("seed").isNumber() ? item.path("seed").asLong() : null;
        Double cost = item.path("cost").isNumber() ? item.path("cost").asDouble() : null;
        return new GeneratedImage(r.body(), r.headers().get("Content-Type"), seed, cost, CAPS.model());
    }

    /** Runware's own authentication task: answered at once, generates nothing. */
    @Override
    public String checkKey(JobContext ctx) throws ProviderException, JobCancelledException {
        ArrayNode tasks = json.createArrayNode();
        tasks.addObject().put("taskType", "authentication").put("apiKey", key);
        Transport.Reply r = JsonReplies.ok(post(tasks.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Transport.Mode.IDEMPOTENT, ctx), NAME, KEY_HINT);
        JsonNode errors = JsonReplies.parse(r, NAME).path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            throw new ProviderException.AuthFailed(NAME + " refused the key: " + ErrorText.of(r.body()) + ". Check "
                    + KEY_HINT + ".");
        }
        return NAME + " accepted the key.";
    }

    private Transport.Reply post(byte[] body, Transport.Mode mode, JobContext ctx) throws ProviderException, JobCancelledException {
        Request r = new Request.Builder().url(url).header("Authorization", "Bearer " + key)
                .post(RequestBody.create(body, JSON_TYPE)).build();
        return transport.send(NAME, r, mode, ctx);
    }

    private static String dataUri(String mime, byte[] data) {
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    private byte[] bytes(JsonNode n) {
        try {
            return json.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
