package app.refill.provider.fal;

import app.refill.core.geom.Size;
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
import java.util.EnumSet;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * fal's queue for {@code fal-ai/flux-pro/v1/fill}: upload image and mask to fal storage (initiate + PUT), submit,
 * poll {@code status_url} (202 while queued or running, 200 when completed), read {@code response_url}, download
 * the images. fal has no FLUX.1 Expand, so an expand arrives here as a fill of the padded canvas (the planner
 * does that). Cancelling the job also cancels the request on fal ({@code PUT cancel_url}).
 */
public final class FalProvider extends CheckedProvider {
    public static final String ID = "fal";
    public static final String URL_VARIABLE = "REFILL_FAL_URL";
    public static final String DEFAULT_URL = "https://queue.fal.run";
    public static final String STORAGE_VARIABLE = "REFILL_FAL_STORAGE_URL";
    public static final String DEFAULT_STORAGE_URL = "https://rest.fal.ai";
    static final String NAME = "fal";
    static final String KEY_HINT = "FAL_KEY or the key in Settings";
    static final String ENDPOINT = "fal-ai/flux-pro/v1/fill";
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Capabilities CAPS = new Capabilities("FLUX.1 Fill [pro] (fal-ai/flux-pro/v1/fill)", true, true,
            new SizeRules(SizeRules.DEFAULT_MAX_PIXELS, 256, 1, true), 4, 4, null, null, new Range(1, 6, 2.0),
            new Range(1, Integer.MAX_VALUE), EnumSet.of(OutputFormat.PNG, OutputFormat.JPEG),
            Capabilities.Pricing.perMegapixel(0.05));

    private final Transport transport;
    private final HttpUrl queue;
    private final HttpUrl storage;
    private final String key;
    private final ObjectMapper json = new ObjectMapper();

    public FalProvider(Transport transport, HttpUrl queue, HttpUrl storage, String key) {
        super(ID, NAME, CAPS);
        this.transport = transport;
        this.queue = queue;
        this.storage = storage;
        this.key = key;
    }

    @Override
    protected List<GeneratedImage> generate(GenerationRequest req, JobContext ctx)
            throws ProviderException, JobCancelledException {
        ctx.progress(Progress.of(Progress.Stage.SUBMITTING));
        String imageUrl = upload(req.imageBytes(), req.imageMime(), "image." + (req.imageMime().endsWith("png") ? "png" : "jpg"), ctx);
        String maskUrl = upload(req.maskPng(), "image/png", "mask.png", ctx);
        Request submit = authed(queue.newBuilder().addPathSegments(ENDPOINT).build())
                .post(RequestBody.create(body(req, imageUrl, maskUrl), JSON_TYPE)).build();
        JsonNode queued = JsonReplies.parse(JsonReplies.ok(transport.send(NAME, submit, Transport.Mode.SUBMIT, ctx), NAME, KEY_HINT), NAME);
        HttpUrl status = JsonReplies.url(queued.path("status_url").asText(""), NAME, "status_url");
        HttpUrl result = JsonReplies.url(queued.path("response_url").asText(""), NAME, "response_url");
        String cancel = queued.path("cancel_url").asText("");
        try {
            waitForCompletion(status, ctx);
            JsonNode output = JsonReplies.parse(JsonReplies.ok(
                    transport.send(NAME, authed(result).get().build(), Transport.Mode.IDEMPOTENT, ctx), NAME, KEY_HINT), NAME);
            return download(output, ctx);
        } catch (JobCancelledException e) {
            cancelRemote(cancel);
            throw e;
        }
    }

    byte[] body(GenerationRequest req, String imageUrl, String maskUrl) {
        GenerationParams p = req.params();
        ObjectNode b = json.createObjectNode();
        b.put("prompt", p.prompt());
        b.put("image_url", imageUrl);
        b.put("mask_url", maskUrl);
        b.put("num_images", p.count());
        b.put("output_format", p.format() == OutputFormat.JPEG ? "jpeg" : "png");
        if (p.safetyTolerance() != null) {
            b.put("safety_tolerance", Integer.toString(p.safetyTolerance()));
        }
        b.put("enhance_prompt", p.promptUpsampling());
        if (p.seed() != null) {
            b.put("seed", p.seed());
        }
        try {
            return json.writeValueAsBytes(b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A storage token: fal checks the key to issue one; nothing is uploaded or generated. */
    @Override
    public String checkKey(JobContext ctx) throws ProviderException, JobCancelledException {
        HttpUrl token = storage.newBuilder().addPathSegments("storage/auth/token")
                .addQueryParameter("storage_type", "fal-cdn-v3").build();
        Request r = authed(token).post(RequestBody.create("{}", JSON_TYPE)).build();
        JsonReplies.ok(transport.send(NAME, r, Transport.Mode.IDEMPOTENT, ctx), NAME, KEY_HINT);
        return NAME + " accepted the key.";
    }

    private String upload(byte[] data, String mime, String name, JobContext ctx) throws ProviderException, JobCancelledException {
        HttpUrl initiate = storage.newBuilder().addPathSegments("storage/upload/initiate")
                .addQueryParameter("storage_type", "fal-cdn-v3").build();
        ObjectNode ask = json.createObjectNode().put("content_type", mime).put("file_name", name);
        Request r = authed(initiate).post(RequestBody.create(ask.toString(), JSON_TYPE)).build();
        JsonNode slot = JsonReplies.parse(JsonReplies.ok(transport.send(NAME, r, Transport.Mode.IDEMPOTENT, ctx), NAME, KEY_HINT), NAME);
        HttpUrl put = JsonReplies.url(slot.path("upload_url").asText(""), NAME, "upload_url");
        String fileUrl = slot.path("file_url").asText("");
        if (fileUrl.isEmpty()) {
            throw new ProviderException.ServerFailed(NAME + " storage sent no file_url for the upload.");
        }
        Request send = new Request.Builder().url(put).put(RequestBody.create(data, MediaType.get(mime))).build();
        JsonReplies.ok(transport.send(NAME, send, Transport.Mode.IDEMPOTENT, ctx), NAME, KEY_HINT);
        return fileUrl;
    }

    private void waitForCompletion(HttpUrl status, JobContext ctx) throws ProviderException, JobCancelledException {
        HttpUrl withLogs = status.newBuilder().setQueryParameter("logs", "1").build();
        while (true) {
            Transport.Reply reply = JsonReplies.ok(transport.send(NAME, authed(withLogs).get().build(),
                    Transport.Mode.IDEMPOTENT, ctx), NAME, KEY_HINT);
            JsonNode s = JsonReplies.parse(reply, NAME);
            String state = s.path("status").asText("");
            if (state.equals("COMPLETED")) {
                if (s.hasNonNull("error")) {
                    throw failed(s.path("error").asText(), s.path("error_type").asText(""));
                }
                return;
            }
            if (state.equals("IN_QUEUE")) {
                ctx.progress(new Progress(Progress.Stage.QUEUED, -1, s.path("queue_position").asInt(-1)));
            } else {
                ctx.progress(Progress.of(Progress.Stage.GENERATING));
            }
            if (ctx.now().plus(POLL).isAfter(ctx.deadline())) {
                throw new ProviderException.TimedOut(NAME + " did not finish before the job's time limit (last status "
                        + state + "). It may be busy; try again later.");
            }
            ctx.sleep(POLL);
        }
    }

    private static ProviderException failed(String error, String type) {
        String t = type.isEmpty() ? "" : " [" + type + "]";
        if (type.contains("content_policy") || error.toLowerCase(java.util.Locale.ROOT).contains("nsfw")) {
            return new ProviderException.Moderated(NAME + " moderation blocked the request: " + error + t
                    + ". Change the prompt or the picture, or raise the safety tolerance.");
        }
        return new ProviderException.ServerFailed(NAME + " could not generate the image: " + error + t + ". Try again later.");
    }

    private List<GeneratedImage> download(JsonNode output, JobContext ctx) throws ProviderException, JobCancelledException {
        ctx.progress(Progress.of(Progress.Stage.DOWNLOADING));
        JsonNode images = output.path("images");
        JsonNode nsfw = output.path("has_nsfw_concepts");
        Long seed = output.path("seed").isNumber() ? output.path("seed").asLong() : null;
        List<GeneratedImage> out = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            if (nsfw.path(i).asBoolean(false)) {
                continue;
            }
            HttpUrl u = JsonReplies.url(images.get(i).path("url").asText(""), NAME, "image url");
            Transport.Reply r = JsonReplies.ok(transport.send(NAME, new Request.Builder().url(u).get().build(),
                    Transport.Mode.IDEMPOTENT, ctx), NAME, KEY_HINT);
            out.add(new GeneratedImage(r.body(), images.get(i).path("content_type").asText(null),
                    seed == null ? null : seed + i, null, CAPS.model()));
        }
        if (out.isEmpty()) {
            throw new ProviderException.Moderated(NAME + " flagged " + (images.size() == 1 ? "the image" : "every image")
                    + " as unsafe and withheld it. Try another prompt or seed, or raise the safety tolerance.");
        }
        return out;
    }

    /** Best effort: the job is already cancelled locally; this stops fal from spending on it. */
    private void cancelRemote(String cancelUrl) {
        if (cancelUrl.isEmpty()) {
            return;
        }
        try {
            HttpUrl u = JsonReplies.url(cancelUrl, NAME, "cancel_url");
            app.refill.provider.BasicJobContext fresh = app.refill.provider.BasicJobContext.real(Duration.ofSeconds(10), p -> { });
            transport.send(NAME, authed(u).put(RequestBody.create(new byte[0], null)).build(), Transport.Mode.SUBMIT, fresh);
        } catch (ProviderException | JobCancelledException ignored) {
            // the request will finish or time out on fal's side; nothing more to do here
        }
    }

    private Request.Builder authed(HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", "Key " + key);
    }
}
