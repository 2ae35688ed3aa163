package app.refill.provider.bfl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BflProviderTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    private FakeBfl fake;
    private BflProvider bfl;
    private final TestJob job = new TestJob();
    private static final byte[] IMAGE = {1, 2, 3, 4};
    private static final byte[] MASK = {9, 8, 7};

    @BeforeEach
    void setUp() {
        fake = new FakeBfl(server);
        bfl = new BflProvider(TestJob.transport(), server.url("/"), FakeBfl.KEY);
    }

    private static GenerationRequest fill(GenerationParams p) {
        return new GenerationRequest(JobKind.FILL, IMAGE, "image/jpeg", MASK, new Size(2, 2), Outsets.NONE, p);
    }

    private static GenerationParams params() {
        return new GenerationParams("a red sofa", 123L, 40, 30.0, 2, true, 1, OutputFormat.PNG);
    }

    @Test
    void fillSendsTheDocumentedBodyPollsTheReturnedUrlAndDownloadsAtOnce() throws Exception {
        List<GeneratedImage> out = bfl.run(fill(params()), job.ctx);
        assertEquals(1, out.size());
        assertArrayEquals(fake.image, out.get(0).bytes());
        assertEquals(4242L, out.get(0).seed());

        JsonNode b = fake.submits.get(0);
        assertEquals(Base64.getEncoder().encodeToString(IMAGE), b.get("image").asText());
        assertEquals(Base64.getEncoder().encodeToString(MASK), b.get("mask").asText());
        assertEquals("a red sofa", b.get("prompt").asText());
        assertEquals(40, b.get("steps").asInt());
        assertEquals(30.0, b.get("guidance").asDouble());
        assertEquals(2, b.get("safety_tolerance").asInt());
        assertTrue(b.get("prompt_upsampling").asBoolean());
        assertEquals(123, b.get("seed").asLong());
        assertEquals("png", b.get("output_format").asText());
        assertFalse(b.has("top"));

        List<String> paths = fake.requests.stream().map(r -> r.getMethod() + " " + r.getUrl().encodedPath()).toList();
        assertEquals(List.of("POST /v1/flux-pro-1.0-fill", "GET /us1/v1/get_result", "GET /us1/v1/get_result",
                "GET /us1/v1/get_result", "GET /delivery/task-1/sample.png"), paths);
        assertEquals(FakeBfl.KEY, fake.requests.get(1).getHeaders().get("x-key"), "polls carry the key");
        assertEquals(null, fake.requests.get(4).getHeaders().get("x-key"), "the signed download link gets no key");
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), job.sleeps);
        assertTrue(job.progress.stream().anyMatch(p -> p.stage() == Progress.Stage.DOWNLOADING));
    }

    @Test
    void expandSendsTheSidesAndNoMask() throws Exception {
        GenerationRequest req = new GenerationRequest(JobKind.EXPAND, IMAGE, "image/jpeg", null, new Size(2, 2),
                new Outsets(64, 0, 128, 256), GenerationParams.of("more beach"));
        bfl.run(req, job.ctx);
        JsonNode b = fake.submits.get(0);
        assertEquals("/v1/flux-pro-1.0-expand", fake.requests.get(0).getUrl().encodedPath());
        assertEquals(64, b.get("top").asInt());
        assertEquals(128, b.get("bottom").asInt());
        assertEquals(256, b.get("left").asInt());
        assertEquals(0, b.get("right").asInt());
        assertFalse(b.has("mask"));
        assertFalse(b.has("seed"), "no seed means random");
    }

    @Test
    void variationsAreOneCallEachWithConsecutiveSeeds() throws Exception {
        fake.statuses.clear();
        fake.statuses.add("Ready");
        List<GeneratedImage> out = bfl.run(fill(params().withCount(3)), job.ctx);
        assertEquals(3, out.size());
        assertEquals(List.of(123L, 124L, 125L), fake.submits.stream().map(n -> n.get("seed").asLong()).toList());
    }

    @ParameterizedTest(name = "submit answers {0}")
    @CsvSource(delimiter = ';', value = {
        "401; {\"detail\":\"Not authenticated\"}; AUTH; BFL_API_KEY",
        "403; {\"detail\":\"Forbidden\"}; AUTH; BFL_API_KEY",
        "402; {\"detail\":\"Insufficient credits\"}; CREDITS; no credits",
        "422; {\"detail\":[{\"loc\":[\"body\",\"steps\"],\"msg\":\"ensure this value is less than or equal to 50\",\"type\":\"x\"}]}; REJECTED; steps: ensure this value",
        "400; {\"message\":\"bad finetune\"}; REJECTED; bad finetune",
        "404; {\"detail\":\"Not Found\"}; REJECTED; Not Found",
        "500; {\"detail\":\"boom\"}; SERVER; server problem",
        "503; <html>Service Unavailable</html>; SERVER; Service Unavailable"})
    void submitErrorsBecomeTypedErrorsWithoutRetryingWhatCouldBeCharged(int code, String body, ProviderException.Kind kind,
            String says) {
        fake.submitOverrides.add(FakeBfl.json(code, body));
        ProviderException e = assertThrows(ProviderException.class, () -> bfl.run(fill(params()), job.ctx));
        assertEquals(kind, e.kind());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertFalse(e.getMessage().contains(FakeBfl.KEY));
        assertEquals(1, fake.submits.size(), "a submit that may have been accepted is never replayed");
    }

    @Test
    void aRateLimitedSubmitIsRetriedAfterRetryAfter() throws Exception {
        fake.submitOverrides.add(new MockResponse.Builder().code(429).setHeader("Retry-After", "3")
                .body("{\"detail\":\"Too many active tasks\"}").build());
        bfl.run(fill(params()), job.ctx);
        assertEquals(2, fake.submits.size());
        assertEquals(Duration.ofSeconds(3), job.sleeps.get(0));
    }

    @Test
    void aSubmitStillRateLimitedAfterEveryRetryGivesUp() {
        for (int i = 0; i < 4; i++) {
            fake.submitOverrides.add(FakeBfl.json(429, "{\"detail\":\"Too many active tasks\"}"));
        }
        ProviderException e = assertThrows(ProviderException.class, () -> bfl.run(fill(params()), job.ctx));
        assertEquals(ProviderException.Kind.RATE_LIMITED, e.kind());
        assertEquals(4, fake.submits.size());
        // full jitter with the test's fixed random 1.0: 0.5 s, 1 s, 2 s
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)), job.sleeps);
    }

    @Test
    void pollsAreRetriedOnServerErrorsHonouringRetryAfter() throws Exception {
        fake.statuses.clear();
        fake.statuses.addAll(List.of("HTTP 503", "HTTP 502", "Pending", "Ready"));
        bfl.run(fill(params()), job.ctx);
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1)), job.sleeps);
    }

    @ParameterizedTest(name = "status {0}")
    @CsvSource(delimiter = ';', value = {
        "Request Moderated; MODERATED; prompt or the image",
        "Content Moderated; MODERATED; generated image",
        "Error; SERVER; GPU fell over",
        "Failed; SERVER; no reason given",
        "Task not found; SERVER; Submit again"})
    void terminalStatuses(String status, ProviderException.Kind kind, String says) {
        fake.statuses.clear();
        fake.statuses.addAll(List.of("Pending", status));
        ProviderException e = assertThrows(ProviderException.class, () -> bfl.run(fill(params()), job.ctx));
        assertEquals(kind, e.kind());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    @Test
    void unknownInFlightStatusesKeepPolling() throws Exception {
        fake.statuses.clear();
        fake.statuses.addAll(List.of("Reasoning", "Generating", "Ready"));
        assertEquals(1, bfl.run(fill(params()), job.ctx).size());
    }

    @Test
    void aTaskThatNeverFinishesTimesOutAtTheJobDeadline() {
        TestJob shortJob = new TestJob(Duration.ofSeconds(30));
        fake.statuses.clear();
        fake.statuses.add("Pending");
        ProviderException e = assertThrows(ProviderException.class, () -> bfl.run(fill(params()), shortJob.ctx));
        assertEquals(ProviderException.Kind.TIMEOUT, e.kind());
        assertTrue(shortJob.sleeps.size() >= 28 && shortJob.sleeps.size() <= 30, "polled " + shortJob.sleeps.size());
    }

    @Test
    void malformedAnswersAreReportedNotCrashed() {
        fake.statuses.clear();
        fake.statuses.add("garbage");
        ProviderException e = assertThrows(ProviderException.class, () -> bfl.run(fill(params()), job.ctx));
        assertEquals(ProviderException.Kind.SERVER, e.kind());
        assertTrue(e.getMessage().contains("could not read"), e.getMessage());
    }

    @Test
    void anExpiredDownloadLinkIsAnError() {
        fake.downloadStatus = 403;
        ProviderException e = assertThrows(ProviderException.class, () -> bfl.run(fill(params()), job.ctx));
        assertEquals(ProviderException.Kind.AUTH, e.kind());
    }

    @Test
    void cancelWhilePollingStopsAtOnce() {
        fake.statuses.clear();
        fake.statuses.add("Pending");
        job.cancelAtSleep = 2;
        assertThrows(JobCancelledException.class, () -> bfl.run(fill(params()), job.ctx));
        long polls = fake.requests.stream().filter(r -> r.getUrl().encodedPath().endsWith("get_result")).count();
        assertEquals(2, polls, "no poll after the cancel");
    }

    @Test
    void anUnreachableServerIsANetworkErrorAfterRetries() throws IOException {
        BflProvider nowhere = new BflProvider(TestJob.transport(), okhttp3.HttpUrl.get("http://127.0.0.1:1/"), FakeBfl.KEY);
        ProviderException e = assertThrows(ProviderException.class, () -> nowhere.run(fill(params()), job.ctx));
        assertInstanceOf(ProviderException.NetworkFailed.class, e);
        assertEquals(3, job.sleeps.size(), "a refused connection cannot have been charged, so it is retried");
    }

    @Test
    void aPollingUrlOnAPlainHttpRemoteHostIsRefused() {
        fake.submitOverrides.add(FakeBfl.json(200, "{\"id\":\"x\",\"polling_url\":\"http://api.example.com/v1/get_result?id=x\"}"));
        ProviderException e = assertThrows(ProviderException.class, () -> bfl.run(fill(params()), job.ctx));
        assertTrue(e.getMessage().contains("https"), e.getMessage());
    }
}
