package app.refill.provider.fal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import app.refill.provider.GeneratedImage;
import app.refill.provider.GenerationParams;
import app.refill.provider.GenerationRequest;
import app.refill.provider.JobCancelledException;
import app.refill.provider.OutputFormat;
import app.refill.provider.Progress;
import app.refill.provider.ProviderException;
import app.refill.provider.TestJob;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FalProviderTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    private FakeFal fake;
    private FalProvider fal;
    private final TestJob job = new TestJob();
    private static final byte[] IMAGE = {10, 20, 30};
    private static final byte[] MASK = {40, 50};

    @BeforeEach
    void setUp() {
        fake = new FakeFal(server);
        fal = new FalProvider(TestJob.transport(), server.url("/"), server.url("/"), FakeFal.KEY);
    }

    private static GenerationRequest fill(GenerationParams p) {
        return new GenerationRequest(JobKind.FILL, IMAGE, "image/jpeg", MASK, new Size(2, 2), Outsets.NONE, p);
    }

    private static GenerationParams params() {
        return new GenerationParams("a knight", 77L, null, null, 3, true, 1, OutputFormat.PNG);
    }

    @Test
    void uploadsSubmitsPollsAndDownloads() throws Exception {
        List<GeneratedImage> out = fal.run(fill(params()), job.ctx);
        assertEquals(1, out.size());
        assertEquals("OUT:/files/out-0.png", new String(out.get(0).bytes(), StandardCharsets.UTF_8));
        assertEquals(900L, out.get(0).seed());
        assertArrayEquals(IMAGE, fake.uploads.get("/files/u1"));
        assertArrayEquals(MASK, fake.uploads.get("/files/u2"));

        JsonNode b = fake.submits.get(0);
        assertEquals("a knight", b.get("prompt").asText());
        assertEquals(server.url("/files/u1").toString(), b.get("image_url").asText());
        assertEquals(server.url("/files/u2").toString(), b.get("mask_url").asText());
        assertEquals(1, b.get("num_images").asInt());
        assertEquals("png", b.get("output_format").asText());
        assertEquals("3", b.get("safety_tolerance").asText(), "fal wants the tolerance as a string");
        assertTrue(b.get("safety_tolerance").isTextual());
        assertTrue(b.get("enhance_prompt").asBoolean());
        assertEquals(77, b.get("seed").asLong());
        assertFalse(b.has("steps"));

        List<String> calls = fake.requests.stream().map(r -> r.getMethod() + " " + r.getUrl().encodedPath()).toList();
        assertEquals(List.of("POST /storage/upload/initiate", "PUT /upload/u1", "POST /storage/upload/initiate", "PUT /upload/u2",
                "POST /fal-ai/flux-pro/v1/fill", "GET /fal-ai/flux-pro/requests/80e732af-660e/status",
                "GET /fal-ai/flux-pro/requests/80e732af-660e/status", "GET /fal-ai/flux-pro/requests/80e732af-660e/status",
                "GET /fal-ai/flux-pro/requests/80e732af-660e", "GET /files/out-0.png"), calls);
        assertEquals("1", fake.requests.get(5).getUrl().queryParameter("logs"));
        assertEquals("fal-cdn-v3", fake.requests.get(0).getUrl().queryParameter("storage_type"));
        assertTrue(job.progress.contains(new Progress(Progress.Stage.QUEUED, -1, 1)));
    }

    @Test
    void severalImagesAndNsfwOnesAreWithheld() throws Exception {
        fake.nsfw = new boolean[] {false, true, false};
        List<GeneratedImage> out = fal.run(fill(params().withCount(3)), job.ctx);
        assertEquals(2, out.size());
        fake.nsfw = new boolean[] {true};
        ProviderException e = assertThrows(ProviderException.class, () -> fal.run(fill(params()), job.ctx));
        assertEquals(ProviderException.Kind.MODERATED, e.kind());
    }

    @Test
    void aFailedRequestEndsCompletedWithAnError() {
        fake.statuses.clear();
        fake.statuses.addAll(List.of("IN_PROGRESS", "COMPLETED:runner_server_error"));
        ProviderException e = assertThrows(ProviderException.class, () -> fal.run(fill(params()), job.ctx));
        assertEquals(ProviderException.Kind.SERVER, e.kind());
        assertTrue(e.getMessage().contains("runner_server_error"), e.getMessage());
        fake.statuses.clear();
        fake.statuses.add("COMPLETED:content_policy_violation");
        assertEquals(ProviderException.Kind.MODERATED,
                assertThrows(ProviderException.class, () -> fal.run(fill(params()), job.ctx)).kind());
    }

    @Test
    void validationErrorsNameTheField() {
        fake.submitOverrides.add(FakeFal.json(422, "{\"detail\":[{\"loc\":[\"body\",\"image_url\"],\"msg\":\"Image too large\","
                + "\"type\":\"image_too_large\",\"url\":\"https://docs.fal.ai/errors/#image_too_large\",\"ctx\":{\"max_height\":1024}}]}"));
        ProviderException e = assertThrows(ProviderException.class, () -> fal.run(fill(params()), job.ctx));
        assertEquals(ProviderException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage().contains("image_url: Image too large"), e.getMessage());
    }

    @Test
    void aBadKeyIsAnAuthErrorWithoutTheKey() {
        FalProvider wrong = new FalProvider(TestJob.transport(), server.url("/"), server.url("/"), "wrong");
        ProviderException e = assertThrows(ProviderException.class, () -> wrong.run(fill(params()), job.ctx));
        assertEquals(ProviderException.Kind.AUTH, e.kind());
        assertTrue(e.getMessage().contains("FAL_KEY"));
    }

    @Test
    void cancellingWhileQueuedAlsoCancelsOnFal() {
        fake.statuses.clear();
        fake.statuses.add("IN_QUEUE");
        job.cancelAtSleep = 2;
        assertThrows(JobCancelledException.class, () -> fal.run(fill(params()), job.ctx));
        assertEquals(1, fake.cancels);
    }

    @Test
    void stepsAndGuidanceAreRefusedBecauseFalHasNone() {
        List<String> problems = fal.capabilities().problems("fal",
                new GenerationParams("p", null, 30, 20.0, 0, false, 5, OutputFormat.PNG));
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no steps setting"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("Safety tolerance must be 1–6")));
    }
}
