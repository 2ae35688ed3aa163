package app.refill.provider.bfl;

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
import app.refill.provider.http.JsonReplies;
import app.refill.provider.http.Transport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Black Forest Labs' API: FLUX.1 Fill [pro] ({@code POST /v1/flux-pro-1.0-fill}) and Expand [pro]
 * ({@code POST /v1/flux-pro-1.0-expand}); submit, then poll the returned {@code polling_url} (never a URL we
 * build: tasks are regional), then download {@code result.sample} at once (it expires after 10 minutes).
 * One image per call, so N variations are N calls. Key in the {@code x-key} header.
 */
public final class BflProvider extends CheckedProvider {
    public static final String ID = "bfl";
    public static final String URL_VARIABLE = "REFILL_BFL_URL";
    public static final String DEFAULT_URL = "https://api.bfl.ai";
    static final String NAME = "BFL";
    static final String KEY_HINT = "BFL_API_KEY or the key in Settings";
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Capabilities CAPS = new Capabilities("FLUX.1 Fill [pro] / FLUX.1 Expand [pro]", true, true,
            new SizeRules(SizeRules.DEFAULT_MAX_PIXELS, 256, 1, false), 1, 8, new Range(15, 50, 50.0), new Range(1.5, 100, 60.0),
            new Range(0, 6, 2.0), null, EnumSet.of(OutputFormat.PNG, OutputFormat.JPEG),
            Capabilities.Pricing.perImage(0.05));

    private final Transport transport;
    private final HttpUrl base;
    private final String key;
    private final ObjectMapper json = new ObjectMapper();

    public BflProvider(Transport transport, HttpUrl base, String key) {
        super(ID, NAME, CAPS);
        this.transport = transport;
        this.base = base;
        this.key = key;
    }

    @Override
    protected List<GeneratedImage> generate(GenerationRequest req, JobContext ctx)
            throws ProviderException, JobCancelledException {
        List<GeneratedImage> out = new ArrayList<>();
        GenerationParams p = req.params();
        for (int i = 0; i < p.count(); i++) {
            Long seed = p.seed() == null ? null : p.seed() + i;
            out.add(generateOne(req, seed, ctx));
        }
        return out;
    }

    /**
     * BFL has no account endpoint, so the check submits a fill without a picture: BFL checks the key first
     * (401/403 for a wrong one) and refuses the empty body with 422, which creates no task and costs nothing.
     */
    @Override
    public String checkKey(JobContext ctx) throws ProviderException, JobCancelledException {
        HttpUrl url = base.newBuilder().addPathSegments("v1/flux-pro-1.0-fill").build();
        Request probe = authed(new Request.Builder().url(url)).post(RequestBody.create("{}", JSON_TYPE)).build();
        Transport.Reply r = transport.send(NAME, probe, Transport.Mode.SUBMIT, ctx);
        if (r.code() != 422) {
            expectOk(r);
        }
        return NAME + " accepted the key.";
    }

    private GeneratedImage generateOne(GenerationRequest req, Long seed, JobContext ctx)
            throws ProviderException, JobCancelledException {
        ctx.progress(Progress.of(Progress.Stage.SUBMITTING));
        boolean fill = req.kind() == JobKind.FILL;
        HttpUrl url = base.newBuilder().addPathSegments(fill ? "v1/flux-pro-1.0-fill" : "v1/flux-pro-1.0-expand").build();
        Request submit = authed(new Request.Builder().url(url))
                .post(RequestBody.create(body(req, seed), JSON_TYPE)).build();
        JsonNode accepted = parse(expectOk(transport.send(NAME, submit, Transport.Mode.SUBMIT, ctx)));
        HttpUrl polling = pollingUrl(accepted);
        JsonNode ready = poll(polling, ctx);
        String sample = ready.path("result").path("sample").asText("");
        if (sample.isEmpty()) {
            throw new ProviderException.ServerFailed(NAME + " reported the image ready but sent no link to it.");
        }
        ctx.progress(Progress.of(Progress.Stage.DOWNLOADING));
        Request get = new Request.Builder().url(checkedUrl(sample, "result.sample")).get().build();
        Transport.Reply image = expectOk(transport.send(NAME, get, Transport.Mode.IDEMPOTENT, ctx));
        JsonNode usedSeed = ready.path("result").path("seed");
        Double cost = ready.path("result").hasNonNull("cost") ? ready.path("result").get("cost").asDouble() / 100 : null;
        return new GeneratedImage(image.body(), image.headers().get("Content-Type"),
                usedSeed.isNumber() ? usedSeed.asLong() : seed, cost, CAPS.model());
    }

    byte[] body(GenerationRequest req, Long seed) {
        GenerationParams p = req.params();
        ObjectNode b = json.createObjectNode();
        b.put("image", Base64.getEncoder().encodeToString(req.imageBytes()));
        if (req.kind() == JobKind.FILL) {
            b.put("mask", Base64.getEncoder().encodeToString(req.maskPng()));
        } else {
            b.put("top", req.sides().top());
            b.put("bottom", req.sides().bottom());
            b.put("left", req.sides().left());
            b.put("right", req.sides().right());
        }
        b.put("prompt", p.prompt() == null ? "" : p.prompt());
        if (p.steps() != null) {
            b.put("steps", p.steps());
        }
        if (p.guidance() != null) {
            b.put("guidance", p.guidance());
        }
        if (p.safetyTolerance() != null) {
            b.put("safety_tolerance", p.safetyTolerance());
        }
        b.put("prompt_upsampling", p.promptUpsampling());
        if (seed != null) {
            b.put("seed", seed);
        }
        b.put("output_format", p.format() == OutputFormat.JPEG ? "jpeg" : "png");
        try {
            return json.writeValueAsBytes(b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode poll(HttpUrl polling, JobContext ctx) throws ProviderException, JobCancelledException {
        while (true) {
            Request get = authed(new Request.Builder().url(polling)).header("Accept", "application/json").get().build();
            JsonNode status = parse(expectOk(transport.send(NAME, get, Transport.Mode.IDEMPOTENT, ctx)));
            String s = status.path("status").asText("");
            switch (s) {
                case "Ready" -> {
                    return status;
                }
                case "Request Moderated" -> throw new ProviderException.Moderated(NAME + " moderation blocked the "
                        + "request (the prompt or the image). Change the prompt or the picture and try again.");
                case "Content Moderated" -> throw new ProviderException.Moderated(NAME + " moderation blocked the "
                        + "generated image. Try another seed or prompt, or raise the safety tolerance.");
                case "Error", "Failed" -> throw new ProviderException.ServerFailed(NAME + " could not generate the "
                        + "image: " + detail(status) + ". Try again; if it keeps failing, change the request.");
                case "Task not found" -> throw new ProviderException.ServerFailed(NAME + " no longer knows the task "
                        + "(it expired or was lost). Submit again.");
                default -> {
                    // Pending, and newer in-flight names (Reasoning, Generating): keep polling until the deadline
                    double f = status.path("progress").isNumber() ? status.path("progress").asDouble() : -1;
                    ctx.progress(new Progress(s.equals("Pending") && f <= 0 ? Progress.Stage.QUEUED
                            : Progress.Stage.GENERATING, f, -1));
                    if (ctx.now().plus(POLL).isAfter(ctx.deadline())) {
                        throw new ProviderException.TimedOut(NAME + " did not finish before the job's time limit "
                                + "(last status: " + s + "). It may be busy; try again later.");
                    }
                    ctx.sleep(POLL);
                }
            }
        }
    }

    private static String detail(JsonNode status) {
        String d = status.path("details").path("error").asText("");
        if (d.isEmpty()) {
            d = status.path("result").path("error").asText("");
        }
        return d.isEmpty() ? "no reason given" : d;
    }

    private HttpUrl pollingUrl(JsonNode accepted) throws ProviderException {
        String u = accepted.path("polling_url").asText("");
        if (u.isEmpty()) {
            throw new ProviderException.ServerFailed(NAME + " accepted the task but sent no polling URL.");
        }
        return checkedUrl(u, "polling_url");
    }

    private static HttpUrl checkedUrl(String url, String what) throws ProviderException {
        return JsonReplies.url(url, NAME, what);
    }

    private Request.Builder authed(Request.Builder b) {
        return b.header("x-key", key);
    }

    private static Transport.Reply expectOk(Transport.Reply r) throws ProviderException {
        return JsonReplies.ok(r, NAME, KEY_HINT);
    }

    private JsonNode parse(Transport.Reply r) throws ProviderException {
        return JsonReplies.parse(r, NAME);
    }
}
