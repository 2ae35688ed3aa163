package app.refill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.provider.bfl.FakeBfl;
import app.refill.settings.KeyFile;
import app.refill.provider.fal.FakeFal;
import app.refill.provider.runware.FakeRunware;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The refill command line end to end against local servers speaking each provider's protocol. */
class CliTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;
    private Path photo;
    private Path mask;
    private byte[] answerPng;
    private final Map<String, String> env = new HashMap<>();
    private String stdout;
    private String stderr;

    /** The user's config folder: separate, so no test reads the real one or finds keys.properties in dir. */
    @TempDir
    Path configHome;

    @BeforeEach
    void files() throws Exception {
        env.put("XDG_CONFIG_HOME", configHome.toString());
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Random rnd = new Random(1);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                img.setRGB(x, y, rnd.nextInt(0x1000000));
            }
        }
        photo = dir.resolve("photo.png");
        ImageIO.write(img, "png", photo.toFile());
        BufferedImage m = new BufferedImage(320, 240, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 100; y < 140; y++) {
            for (int x = 140; x < 200; x++) {
                m.getRaster().setSample(x, y, 0, 255);
            }
        }
        mask = dir.resolve("mask.png");
        ImageIO.write(m, "png", mask.toFile());
        BufferedImage answer = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                answer.setRGB(x, y, 0x22aa44);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(answer, "png", png);
        answerPng = png.toByteArray();
    }

    /** BFL's fake answering with {@link #answerPng}, its URL set, and the given key in the environment (or none). */
    private FakeBfl bfl(String key) {
        FakeBfl bfl = new FakeBfl(server);
        bfl.image = answerPng;
        env.put("REFILL_BFL_URL", server.url("/").toString());
        if (key != null) {
            env.put("BFL_API_KEY", key);
        }
        return bfl;
    }

    private FakeRunware runware() {
        FakeRunware rw = new FakeRunware(server);
        rw.image = answerPng;
        env.put("RUNWARE_API_KEY", FakeRunware.KEY);
        env.put("REFILL_RUNWARE_URL", server.url("/v1").toString());
        return rw;
    }

    private FakeFal fal() {
        FakeFal fal = new FakeFal(server);
        fal.image = answerPng;
        env.put("FAL_KEY", FakeFal.KEY);
        env.put("REFILL_FAL_URL", server.url("/").toString());
        env.put("REFILL_FAL_STORAGE_URL", server.url("/").toString());
        return fal;
    }

    private int refill(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RefillCli.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    private String[] fill(String provider, String... extra) {
        List<String> a = new java.util.ArrayList<>(List.of("fill", "--provider", provider, "--image", photo.toString(),
                "--mask", mask.toString(), "--prompt", "a green box", "--out", dir.resolve("out.png").toString()));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    private String[] expand(String provider, String... extra) {
        List<String> a = new java.util.ArrayList<>(List.of("expand", "--provider", provider, "--image", photo.toString(),
                "--right", "64", "--prompt", "more of it", "--out", dir.resolve("wide.png").toString()));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    private void assertNoKeyAnywhere(String key) throws Exception {
        assertFalse(stdout.contains(key), "key in stdout");
        assertFalse(stderr.contains(key), "key in stderr");
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(key), "key in " + f);
            }
        }
    }

    static String pngParameters(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("png").next();
            r.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            NodeList entries = root.getElementsByTagName("tEXtEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
                if ("parameters".equals(e.getAttribute("keyword"))) {
                    return e.getAttribute("value");
                }
            }
        }
        return null;
    }

    @Test
    void bflFillWritesTheFullResolutionResultWithItsParameters() throws Exception {
        FakeBfl bfl = bfl(FakeBfl.KEY);
        int code = refill(fill("bfl", "--seed", "7", "--steps", "30"));
        assertEquals(0, code, stderr);
        Path out = dir.resolve("out.png");
        assertEquals(out + System.lineSeparator(), stdout, "stdout holds only the written path");
        assertTrue(stderr.contains("bfl: submitting") && stderr.contains("bfl: downloading"), stderr);
        BufferedImage result = ImageIO.read(out.toFile());
        BufferedImage original = ImageIO.read(photo.toFile());
        assertEquals(320, result.getWidth());
        assertEquals(0xff22aa44, result.getRGB(170, 120), "inside the mask: the answer");
        assertEquals(original.getRGB(10, 10), result.getRGB(10, 10), "outside: the original, bit for bit");
        assertEquals(original.getRGB(300, 200), result.getRGB(300, 200));
        String params = pngParameters(out);
        assertTrue(params.startsWith("a green box\n"), params);
        assertTrue(params.contains("Seed: 4242") && params.contains("Steps: 30") && params.contains("Provider: bfl")
                && params.contains("Source: photo.png"), params);
        assertNoKeyAnywhere(FakeBfl.KEY);
    }

    @Test
    void aKeySavedInSettingsIsUsedAndTheEnvironmentsKeyWinsOverIt() throws Exception {
        FakeBfl bfl = bfl(null);
        new KeyFile(configHome.resolve("refill")).put("bfl", FakeBfl.KEY);
        assertEquals(0, refill(fill("bfl", "--quiet")), stderr);
        assertEquals(FakeBfl.KEY, bfl.requests.get(0).getHeaders().get("x-key"));
        assertNoKeyAnywhere(FakeBfl.KEY);

        env.put("BFL_API_KEY", "bfl_env_key_wins");
        assertEquals(3, refill(fill("bfl", "--quiet")), "the environment's (wrong) key was used");
        assertEquals("bfl_env_key_wins", bfl.requests.get(bfl.requests.size() - 1).getHeaders().get("x-key"));
        assertFalse(stderr.contains("bfl_env_key_wins"), stderr);
    }

    @Test
    void anUnreadableKeyFileIsReportedAndTheEnvironmentStillWorks() throws Exception {
        Files.createDirectories(configHome.resolve("refill").resolve(KeyFile.NAME));
        bfl(FakeBfl.KEY);
        assertEquals(0, refill(fill("bfl")), stderr);
        assertTrue(stderr.contains("could not read the saved keys") && stderr.contains("keys from the environment only"),
                stderr);
    }

    @Test
    void bflExpandGrowsTheCanvas() throws Exception {
        FakeBfl bfl = bfl(FakeBfl.KEY);
        assertEquals(0, refill(expand("bfl", "--quiet")), stderr);
        assertEquals("", stderr, "--quiet keeps stderr clean");
        BufferedImage wide = ImageIO.read(dir.resolve("wide.png").toFile());
        assertEquals(384, wide.getWidth());
        assertEquals(64, bfl.submits.get(0).get("right").asInt());
    }

    @Test
    void runwareFillWithVariationsNumbersTheFiles() throws Exception {
        FakeRunware rw = runware();
        assertEquals(0, refill(fill("runware", "--count", "2", "--format", "jpeg")), stderr);
        assertEquals(dir.resolve("out-1.png") + System.lineSeparator() + dir.resolve("out-2.png") + System.lineSeparator(), stdout);
        assertTrue(Files.exists(dir.resolve("out-2.png")));
        assertNoKeyAnywhere(FakeRunware.KEY);
    }

    @Test
    void runwareExpand() throws Exception {
        FakeRunware rw = runware();
        assertEquals(0, refill(expand("runware")), stderr);
        assertEquals(64, rw.tasks.get(0).get("outpaint").get("right").asInt());
        assertEquals(384, ImageIO.read(dir.resolve("wide.png").toFile()).getWidth());
    }

    @Test
    void falFillAndExpandByFill() throws Exception {
        FakeFal fal = fal();
        assertEquals(0, refill(fill("fal")), stderr);
        assertEquals(0, refill(expand("fal")), stderr);
        BufferedImage wide = ImageIO.read(dir.resolve("wide.png").toFile());
        assertEquals(384, wide.getWidth());
        assertEquals(0xff22aa44, wide.getRGB(383, 120), "the border comes from fal");
        assertNoKeyAnywhere(FakeFal.KEY);
    }

    @Test
    void badInputExitsWithTwoBeforeAnyNetworkCall() throws Exception {
        FakeBfl bfl = bfl(null);
        assertEquals(2, refill(fill("bfl")));
        assertTrue(stderr.contains("Set BFL_API_KEY"), stderr);

        env.put("BFL_API_KEY", FakeBfl.KEY);
        assertEquals(2, refill(fill("bfl", "--steps", "70")));
        assertTrue(stderr.contains("Steps must be 15–50"), stderr);

        assertEquals(2, refill(fill("midjourney")));
        assertTrue(stderr.contains("Unknown provider"), stderr);

        assertEquals(2, refill("fill", "--provider", "bfl", "--image", photo.toString(), "--mask", mask.toString(),
                "--out", dir.resolve("o.png").toString()));
        assertTrue(stderr.contains("The prompt is empty"), stderr);

        BufferedImage small = new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY);
        ImageIO.write(small, "png", mask.toFile());
        assertEquals(2, refill(fill("bfl")));
        assertTrue(stderr.contains("10 x 10") && stderr.contains("320 x 240"), stderr);

        assertEquals(2, refill("fill", "--provider", "bfl", "--image", "../shared/testdata/truncated.jpg", "--mask",
                mask.toString(), "--prompt", "x", "--out", dir.resolve("o.png").toString()));
        assertTrue(stderr.contains("truncated"), stderr);

        assertEquals(2, refill("expand", "--provider", "bfl", "--image", photo.toString(), "--prompt", "x", "--out", "o.png"));
        assertTrue(stderr.contains("how far to extend"), stderr);

        assertEquals(2, refill("fill", "--provider", "bfl"));
        assertTrue(stderr.contains("Missing required option"), stderr);
        assertEquals(0, bfl.requests.size(), "nothing was sent");
    }

    @Test
    void aRefusalExitsWithThreeAndGivingUpWithFour() throws Exception {
        FakeBfl bfl = bfl("bfl_wrong_key");
        assertEquals(3, refill(fill("bfl", "--quiet")));
        assertTrue(stderr.contains("did not accept the API key") && stderr.lines().count() == 1, stderr);
        assertNoKeyAnywhere("bfl_wrong_key");

        env.put("BFL_API_KEY", FakeBfl.KEY);
        bfl.statuses.clear();
        bfl.statuses.add("HTTP 503");
        assertEquals(4, refill(fill("bfl", "--timeout", "1", "--quiet")));
        assertTrue(stderr.contains("time limit"), stderr);
    }

    @Test
    void localFillNeedsNoKeyNoNetworkAndNoPromptAndKeepsEveryOtherPixel() throws Exception {
        assertEquals(0, refill("fill", "--image", photo.toString(), "--mask", mask.toString(), "--seed", "5",
                "--out", dir.resolve("out.png").toString()), stderr);
        assertEquals(dir.resolve("out.png") + System.lineSeparator(), stdout, "local is the default without keys");
        BufferedImage result = ImageIO.read(dir.resolve("out.png").toFile());
        BufferedImage original = ImageIO.read(photo.toFile());
        BufferedImage m = ImageIO.read(mask.toFile());
        int changed = 0;
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                boolean farFromMask = x < 140 - 8 || x >= 200 + 8 || y < 100 - 8 || y >= 140 + 8;
                if (farFromMask) {
                    assertEquals(original.getRGB(x, y), result.getRGB(x, y), "kept pixel " + x + "," + y);
                } else if ((m.getRGB(x, y) & 0xff) > 0 && result.getRGB(x, y) != original.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 2000, "the hole was filled: " + changed);
        String params = pngParameters(dir.resolve("out.png"));
        assertTrue(params.contains("Provider: local") && params.contains("Seed: 5"), params);
        assertEquals(0, server.getRequestCount(), "no network");
        List<String> progress = stderr.lines().toList();
        assertTrue(progress.contains("local: generating 100 %"), stderr);
        assertTrue(progress.stream().allMatch(l -> l.startsWith("local: ")), "named by the default provider: " + stderr);
        assertEquals(progress.size(), new HashSet<>(progress).size(), "no line repeated: " + stderr);
    }

    @Test
    void localExpandFillsTheNewBorderAndVariationsDiffer() throws Exception {
        assertEquals(0, refill(expand("local", "--count", "2", "--quiet")), stderr);
        assertEquals("", stderr);
        BufferedImage a = ImageIO.read(dir.resolve("wide-1.png").toFile());
        BufferedImage b = ImageIO.read(dir.resolve("wide-2.png").toFile());
        assertEquals(384, a.getWidth());
        BufferedImage original = ImageIO.read(photo.toFile());
        assertEquals(original.getRGB(10, 10), a.getRGB(10, 10));
        assertTrue(a.getRGB(383, 120) >>> 24 == 0xff, "the border is filled, opaque");
        boolean differ = false;
        for (int y = 0; y < 240 && !differ; y++) {
            differ = a.getRGB(370, y) != b.getRGB(370, y);
        }
        assertTrue(differ, "two seeds, two different fills");
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, refill("fill", "--help"));
        assertTrue(stdout.contains("--mask") && stdout.contains("--provider"), stdout);
        assertEquals(0, refill("--version"));
        assertTrue(stdout.startsWith("Refill "), stdout);
    }
}
