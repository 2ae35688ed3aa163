package app.refill.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import app.refill.provider.bfl.BflProvider;
import app.refill.provider.bfl.FakeBfl;
import app.refill.provider.fal.FakeFal;
import app.refill.provider.fal.FalProvider;
import app.refill.provider.runware.FakeRunware;
import app.refill.provider.runware.RunwareProvider;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every network provider must do, whatever its protocol: the same request and the same scripted failures
 * (through each provider's faithful fake) must give the same typed outcome. A new provider joins by adding a
 * harness here; the per-provider tests keep checking the wire details.
 */
class ProviderContractTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 42};
    private static final byte[] IMAGE = {1, 2, 3, 4};
    private static final byte[] MASK = {9, 8, 7};

    /** One provider wired to its fake. */
    private record Harness(ImageProvider provider, Supplier<ImageProvider> withWrongKey, String key,
            List<RecordedRequest> requests, Deque<String> polls, String inFlight, String done) {
        void pollsAnswer(String... answers) {
            polls.clear();
            polls.addAll(List.of(answers));
        }
    }

    private Harness harness(String name) {
        UUID task = UUID.fromString("6b6d7f8e-0000-4000-8000-000000000001");
        return switch (name) {
            case "bfl" -> {
                FakeBfl f = new FakeBfl(server);
                f.image = PNG;
                yield new Harness(new BflProvider(TestJob.transport(), server.url("/"), FakeBfl.KEY),
                        () -> new BflProvider(TestJob.transport(), server.url("/"), "wrong-" + FakeBfl.KEY),
                        FakeBfl.KEY, f.requests, f.statuses, "Pending", "Ready");
            }
            case "runware" -> {
                FakeRunware f = new FakeRunware(server);
                f.image = PNG;
                yield new Harness(new RunwareProvider(TestJob.transport(), server.url("/v1"), FakeRunware.KEY, () -> task),
                        () -> new RunwareProvider(TestJob.transport(), server.url("/v1"), "wrong-" + FakeRunware.KEY, () -> task),
                        FakeRunware.KEY, f.requests, f.polls, "processing", "success");
            }
            case "fal" -> {
                FakeFal f = new FakeFal(server);
                f.image = PNG;
                yield new Harness(new FalProvider(TestJob.transport(), server.url("/"), server.url("/"), FakeFal.KEY),
                        () -> new FalProvider(TestJob.transport(), server.url("/"), server.url("/"), "wrong-" + FakeFal.KEY),
                        FakeFal.KEY, f.requests, f.statuses, "IN_PROGRESS", "COMPLETED");
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static GenerationRequest fill(GenerationParams p) {
        return new GenerationRequest(JobKind.FILL, IMAGE, "image/jpeg", MASK, new Size(2, 2), Outsets.NONE, p);
    }

    private static GenerationParams params() {
        // only what every provider has: fal has no steps or guidance
        return new GenerationParams("a red sofa by the window", 7L, null, null, 2, false, 1, OutputFormat.PNG);
    }

    private static void assertNoKey(Harness h, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            assertFalse(m.contains(h.key()), "the key leaked into: " + m);
            assertFalse(m.contains("wrong-"), "a key leaked into: " + m);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfl", "runware", "fal"})
    void aFillReturnsTheServedImagesAndReportsEachStage(String name) throws Exception {
        Harness h = harness(name);
        TestJob job = new TestJob();
        List<GeneratedImage> out = h.provider().run(fill(params().withCount(2)), job.ctx);
        assertEquals(2, out.size(), "two variations asked for");
        for (GeneratedImage g : out) {
            assertArrayEquals(PNG, g.bytes());
            assertFalse(g.model().isBlank());
        }
        List<Progress.Stage> stages = job.progress.stream().map(Progress::stage).toList();
        assertEquals(Progress.Stage.SUBMITTING, stages.get(0));
        assertEquals(Progress.Stage.DOWNLOADING, stages.get(stages.size() - 1));
        assertTrue(h.provider().capabilities().problems(h.provider().displayName(), params()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfl", "runware", "fal"})
    void theKeyCheckAcceptsTheRightKeyRefusesAWrongOneAndGeneratesNothing(String name) throws Exception {
        Harness h = harness(name);
        String ok = h.provider().checkKey(new TestJob().ctx);
        assertEquals(h.provider().displayName() + " accepted the key.", ok);
        ProviderException e = assertThrows(ProviderException.class,
                () -> h.withWrongKey().get().checkKey(new TestJob().ctx));
        assertInstanceOf(ProviderException.AuthFailed.class, e, e.getMessage());
        assertNoKey(h, e);
        for (RecordedRequest r : h.requests()) {
            String path = r.getUrl().encodedPath();
            assertFalse(path.contains("get_result") || path.contains("requests/") || path.contains("upload"),
                    "a key check only asks, it never starts or uploads anything: " + path);
        }
        assertEquals(2, h.requests().size(), "one request per check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfl", "runware", "fal"})
    void aWrongKeyIsAnAuthFailureThatNeverShowsTheKey(String name) {
        Harness h = harness(name);
        ProviderException e = assertThrows(ProviderException.class,
                () -> h.withWrongKey().get().run(fill(params()), new TestJob().ctx));
        assertInstanceOf(ProviderException.AuthFailed.class, e, e.getMessage());
        assertTrue(e.isRefusal());
        assertTrue(e.getMessage().contains(h.provider().displayName()), e.getMessage());
        assertNoKey(h, e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfl", "runware", "fal"})
    void valuesOutOfRangeAreRefusedBeforeAnyNetworkCall(String name) {
        Harness h = harness(name);
        GenerationParams bad = new GenerationParams("a red sofa", 7L, null, null, 9, false, 1, OutputFormat.PNG);
        ProviderException e = assertThrows(ProviderException.Rejected.class,
                () -> h.provider().run(fill(bad), new TestJob().ctx));
        assertTrue(e.getMessage().matches(".*Safety tolerance must be [0-9]–6 for .*"), e.getMessage());
        GenerationParams tooMany = params().withCount(h.provider().capabilities().maxCount() + 1);
        assertThrows(ProviderException.Rejected.class, () -> h.provider().run(fill(tooMany), new TestJob().ctx));
        assertEquals(0, h.requests().size(), "nothing was sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfl", "runware", "fal"})
    void cancellingWhilePollingStopsAtOnceAndSendsNoMorePolls(String name) {
        Harness h = harness(name);
        h.pollsAnswer(h.inFlight());
        TestJob job = new TestJob();
        job.cancelAtSleep = 3;
        AtomicInteger sentBeforeCancel = new AtomicInteger(-1);
        job.ctx.onCancel(() -> sentBeforeCancel.set(h.requests().size()));
        assertThrows(JobCancelledException.class, () -> h.provider().run(fill(params()), job.ctx));
        assertEquals(3, job.sleeps.size(), "no poll after the cancel");
        List<RecordedRequest> afterCancel = h.requests().subList(sentBeforeCancel.get(), h.requests().size());
        assertTrue(afterCancel.stream().allMatch(r -> r.getUrl().encodedPath().endsWith("/cancel")),
                "after the cancel only the provider's cancel call goes out: " + afterCancel);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfl", "runware", "fal"})
    void anUnknownInFlightStatusKeepsPollingUntilTheJobTimeout(String name) {
        Harness h = harness(name);
        h.pollsAnswer("WARMING_UP_" + name.toUpperCase());
        TestJob job = new TestJob(Duration.ofMinutes(2));
        ProviderException e = assertThrows(ProviderException.TimedOut.class, () -> h.provider().run(fill(params()), job.ctx));
        assertTrue(job.sleeps.size() > 10, "kept polling: " + job.sleeps.size());
        assertTrue(job.slept().compareTo(Duration.ofMinutes(2)) <= 0, "stopped at the job timeout: " + job.slept());
        assertTrue(e.getMessage().contains(h.provider().displayName()), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfl", "runware", "fal"})
    void serverErrorsWhilePollingAreRetriedWithBackOffThenReported(String name) {
        Harness h = harness(name);
        h.pollsAnswer("HTTP 503");
        TestJob job = new TestJob();
        ProviderException e = assertThrows(ProviderException.class, () -> h.provider().run(fill(params()), job.ctx));
        assertInstanceOf(ProviderException.ServerFailed.class, e, e.getMessage());
        assertTrue(e.isRetryable());
        assertTrue(job.sleeps.size() >= 3, "retried: " + job.sleeps);
        assertNoKey(h, e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfl", "runware", "fal"})
    void aTransientPollFailureIsRetriedAndTheJobStillSucceeds(String name) throws Exception {
        Harness h = harness(name);
        h.pollsAnswer(h.inFlight(), "HTTP 502", h.done());
        List<GeneratedImage> out = h.provider().run(fill(params()), new TestJob().ctx);
        assertArrayEquals(PNG, out.get(0).bytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfl", "runware", "fal"})
    void aMalformedAnswerIsAProviderFailureNamingTheProvider(String name) {
        Harness h = harness(name);
        h.pollsAnswer("garbage");
        ProviderException e = assertThrows(ProviderException.class, () -> h.provider().run(fill(params()), new TestJob().ctx));
        assertInstanceOf(ProviderException.ServerFailed.class, e, e.getMessage());
        assertTrue(e.getMessage().contains(h.provider().displayName()), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfl", "runware", "fal"})
    void theKeyTravelsOnlyInItsHeaderAndNeverToAResultLink(String name) throws Exception {
        Harness h = harness(name);
        h.provider().run(fill(params()), new TestJob().ctx);
        for (RecordedRequest r : h.requests()) {
            String url = r.getUrl().toString();
            assertFalse(url.contains(h.key()), "key in a URL: " + url);
            String body = r.getBody() == null ? "" : r.getBody().utf8();
            assertFalse(body.contains(h.key()), "key in a body sent to " + url);
            boolean carriesKey = r.getHeaders().toString().contains(h.key());
            boolean resultLink = r.getUrl().encodedPath().matches("/(delivery|images|files|upload)/.*");
            assertFalse(carriesKey && resultLink, "key sent to a file link: " + url);
        }
    }
}
