package app.refill.provider.runware;

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
import app.refill.provider.ProviderException;
import app.refill.provider.TestJob;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunwareProviderTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    private FakeRunware fake;
    private RunwareProvider runware;
    private final TestJob job = new TestJob();
    private static final UUID TASK = UUID.fromString("46584b86-45d6-44b2-9dbb-721b15a97caf");

    @BeforeEach
    void setUp() {
        fake = new FakeRunware(server);
        runware = new RunwareProvider(TestJob.transport(), server.url("/v1"), FakeRunware.KEY, () -> TASK);
    }

    private static GenerationRequest fill(GenerationParams p) {
        return new GenerationRequest(JobKind.FILL, new byte[] {1, 2}, "image/jpeg", new byte[] {3}, new Size(2, 2), Outsets.NONE, p);
    }

    private static GenerationParams params() {
        return new GenerationParams("extend the concourse", 51031L, 40, 55.0, 2, true, 1, OutputFormat.PNG);
    }

    @Test
    void fillSendsOneAsyncImageInferenceTaskAndPollsGetResponse() throws Exception {
        List<GeneratedImage> out = runware.run(fill(params()), job.ctx);
        assertEquals(1, out.size());
        assertEquals("PNG:/images/img0.png", new String(out.get(0).bytes(), StandardCharsets.UTF_8));
        assertEquals(500L, out.get(0).seed());
        assertEquals(0.05, out.get(0).costUsd());

        JsonNode t = fake.tasks.get(0);
        assertEquals("imageInference", t.get("taskType").asText());
        assertEquals(TASK.toString(), t.get("taskUUID").asText());
        assertEquals("bfl:1@2", t.get("model").asText());
        assertEquals("extend the concourse", t.get("positivePrompt").asText());
        assertEquals("data:image/jpeg;base64,AQI=", t.get("inputs").get("seedImage").asText());
        assertEquals("data:image/png;base64,Aw==", t.get("inputs").get("maskImage").asText());
        assertEquals(51031, t.get("seed").asLong());
        assertEquals(40, t.get("steps").asInt());
        assertEquals(55.0, t.get("CFGScale").asDouble());
        assertTrue(t.get("providerSettings").get("bfl").get("promptUpsampling").asBoolean());
        assertEquals(2, t.get("providerSettings").get("bfl").get("safetyTolerance").asInt());
        assertEquals("PNG", t.get("outputFormat").asText());
        assertEquals("async", t.get("deliveryMethod").asText());
        assertEquals("URL", t.get("outputType").asText());
        assertEquals("Bearer " + FakeRunware.KEY, fake.requests.get(0).getHeaders().get("Authorization"));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), job.sleeps);
    }

    @Test
    void expandUsesTheExpandModelWithOutpaintSidesAndNoMask() throws Exception {
        GenerationRequest req = new GenerationRequest(JobKind.EXPAND, new byte[] {1}, "image/jpeg", null, new Size(2, 2),
                new Outsets(256, 384, 256, 384), GenerationParams.of("more hall").withSeed(7L));
        runware.run(req, job.ctx);
        JsonNode t = fake.tasks.get(0);
        assertEquals("bfl:1@3", t.get("model").asText());
        assertEquals(384, t.get("outpaint").get("left").asInt());
        assertEquals(256, t.get("outpaint").get("top").asInt());
        assertFalse(t.get("inputs").has("maskImage"));
        assertFalse(t.has("seed"), "the expand model documents no seed");
    }

    @Test
    void severalVariationsComeBackFromOneTask() throws Exception {
        List<GeneratedImage> out = runware.run(fill(params().withCount(3)), job.ctx);
        assertEquals(3, out.size());
        assertEquals(3, fake.tasks.get(0).get("numberResults").asInt());
        assertEquals(List.of(500L, 501L, 502L), out.stream().map(GeneratedImage::seed).toList());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "401; invalidApiKey; AUTH; RUNWARE_API_KEY",
        "402; insufficientCredits; CREDITS; no credits",
        "400; invalidSteps; REJECTED; steps: Invalid value",
        "403; forbidden; AUTH; RUNWARE_API_KEY"})
    void errorBodiesBecomeTypedErrors(int code, String errorCode, ProviderException.Kind kind, String says) {
        fake.submitOverrides.add(FakeRunware.error(code, errorCode, "Invalid value for 'steps' parameter.",
                errorCode.equals("invalidSteps") ? "steps" : null, TASK.toString()));
        ProviderException e = assertThrows(ProviderException.class, () -> runware.run(fill(params()), job.ctx));
        assertEquals(kind, e.kind());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertFalse(e.getMessage().contains(FakeRunware.KEY));
        assertEquals(1, fake.tasks.size());
    }

    @Test
    void aWrongKeyIsRefusedByTheServer() {
        RunwareProvider wrong = new RunwareProvider(TestJob.transport(), server.url("/v1"), "nope", () -> TASK);
        ProviderException e = assertThrows(ProviderException.class, () -> wrong.run(fill(params()), job.ctx));
        assertEquals(ProviderException.Kind.AUTH, e.kind());
        assertFalse(e.getMessage().contains("nope"));
    }

    @Test
    void theServersOwnValidationIsReported() {
        GenerationRequest bad = new GenerationRequest(JobKind.EXPAND, new byte[] {1}, "image/jpeg", null, new Size(2, 2),
                new Outsets(0, 100, 0, 0), GenerationParams.of("more hall"));
        ProviderException e = assertThrows(ProviderException.class, () -> runware.run(bad, job.ctx));
        assertEquals(ProviderException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage().contains("outpaint"), e.getMessage());
    }

    @Test
    void providerTimeoutsDuringPollingAreServerFailures() {
        fake.polls.clear();
        fake.polls.addAll(List.of("processing", "error:timeoutProvider"));
        ProviderException e = assertThrows(ProviderException.class, () -> runware.run(fill(params()), job.ctx));
        assertEquals(ProviderException.Kind.SERVER, e.kind());
        assertTrue(e.getMessage().contains("did not respond within the timeout"), e.getMessage());
    }

    @Test
    void busyPollsAreRetried() throws Exception {
        fake.polls.clear();
        fake.polls.addAll(List.of("HTTP 503", "HTTP 504", "HTTP 429", "success"));
        assertEquals(1, runware.run(fill(params()), job.ctx).size());
    }

    @Test
    void cancelWhilePollingStops() {
        fake.polls.clear();
        fake.polls.add("processing");
        job.cancelAtSleep = 3;
        assertThrows(JobCancelledException.class, () -> runware.run(fill(params()), job.ctx));
    }

    @Test
    void promptLengthAndRangesAreCheckedBeforeAnyCall() {
        List<String> problems = runware.capabilities().problems("Runware",
                new GenerationParams("x", null, 70, 0.5, 9, false, 25, OutputFormat.PNG));
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("2–3000 characters"), problems.get(0));
        assertTrue(problems.get(1).contains("Steps must be 15–50"), problems.get(1));
        assertTrue(problems.stream().anyMatch(p -> p.contains("1–20 variations")));
    }
}
