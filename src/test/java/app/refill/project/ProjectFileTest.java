package app.refill.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.Outsets;
import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import app.refill.core.image.io.ArgbPixels;
import app.refill.core.plan.DocumentSnapshot;
import app.refill.core.plan.PastedResult;
import app.refill.core.plan.SizeRules;
import app.refill.core.plan.Thumbnail;
import app.refill.job.JobOutcome;
import app.refill.job.JobResult;
import app.refill.job.JobState;
import app.refill.provider.GenerationParams;
import app.refill.provider.OutputFormat;
import app.refill.provider.ProviderException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
    @TempDir
    Path dir;

    private static BufferedImage noise(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] px = ArgbPixels.data(img);
        Random r = new Random(seed);
        for (int i = 0; i < px.length; i++) {
            px[i] = 0xff000000 | r.nextInt(1 << 24);
        }
        return img;
    }

    private static Mask mask(int w, int h, PixelRect painted, int value) {
        Mask m = new Mask(w, h);
        for (int y = painted.y(); y < painted.bottom(); y++) {
            for (int x = painted.x(); x < painted.right(); x++) {
                m.set(x, y, value);
            }
        }
        return m;
    }

    private static JobResult result(DocumentSnapshot on, PixelRect area, long seed, Double cost) {
        int[] px = ArgbPixels.data(noise(area.width(), area.height(), seed));
        PastedResult pasted = new PastedResult(on.canvasSize(), area, px);
        return new JobResult((int) (seed % 2), seed, cost, "flux-pro-1.0-fill", pasted, Thumbnail.ofResult(on, pasted, 96));
    }

    /** A kept expand: the document's image grew, one job was made on the first image, one on the current. */
    private static Project sample() {
        BufferedImage first = noise(120, 80, 1);
        BufferedImage current = noise(184, 80, 2);
        Mask docMask = mask(184, 80, new PixelRect(10, 10, 30, 20), 200);
        ProjectDocument doc = new ProjectDocument("beach.jpg", "/photos/beach.jpg", current, docMask,
                new Outsets(0, 64, 0, 0), "a pier at dusk\nSteps: 50, Seed: 7");
        DocumentSnapshot onFirst = new DocumentSnapshot(first, new Mask(120, 80), new Outsets(0, 64, 0, 0));
        GenerationParams expandParams = new GenerationParams("a pier at dusk", 7L, 50, 60.0, 2, true, 2, OutputFormat.PNG);
        ProjectJob expand = new ProjectJob("bfl", expandParams, onFirst, new SizeRules(4_000_000, 256, 1, false),
                Duration.ofMinutes(10), "beach.jpg", 0.10,
                new JobOutcome(JobState.DONE, null, null, 1, Duration.ofMillis(12_345),
                        List.of(result(onFirst, new PixelRect(100, 0, 84, 80), 7, 0.05),
                                result(onFirst, new PixelRect(100, 0, 84, 80), 8, null))),
                List.of(new LayerState(true, 0.75, true, false), new LayerState(false, 1, false, true)));
        DocumentSnapshot onCurrent = new DocumentSnapshot(current, docMask.copy(), Outsets.NONE);
        ProjectJob failed = new ProjectJob("fal", GenerationParams.of("a seagull"), onCurrent,
                new SizeRules(4_000_000, 256, 1, true), Duration.ofMinutes(10), "beach.jpg", 0.05,
                new JobOutcome(JobState.FAILED, "fal says the key was rejected. Check it in Settings.",
                        ProviderException.Kind.AUTH, 2, Duration.ofSeconds(3), List.of()), List.of());
        return new Project(doc, List.of(expand, failed),
                new ProjectView("a seagull", "fal", 0, 1, "SPLIT", 0.3));
    }

    @Test
    void aProjectComesBackExactlyAsItWasSaved() throws Exception {
        Project saved = sample();
        Path file = dir.resolve("beach.refill");
        ProjectFile.write(saved, file, "Refill test");
        Project read = ProjectFile.read(file);

        ProjectDocument d = read.document();
        assertEquals("beach.jpg", d.name());
        assertEquals("/photos/beach.jpg", d.source());
        assertEquals(new Outsets(0, 64, 0, 0), d.outsets());
        assertEquals(saved.document().generation(), d.generation());
        assertArrayEquals(ArgbPixels.of(saved.document().image()), ArgbPixels.of(d.image()), "image pixels");
        assertArrayEquals(saved.document().mask().raw(), d.mask().raw(), "mask values, soft edges included");
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, d.image().getType());

        assertEquals(2, read.jobs().size());
        ProjectJob expand = read.jobs().get(0);
        ProjectJob was = saved.jobs().get(0);
        assertEquals(was.providerId(), expand.providerId());
        assertEquals(was.params(), expand.params());
        assertEquals(was.rules(), expand.rules());
        assertEquals(was.timeout(), expand.timeout());
        assertEquals(was.estimateUsd(), expand.estimateUsd());
        assertEquals(was.layers(), expand.layers());
        assertEquals(new Outsets(0, 64, 0, 0), expand.snapshot().outsets());
        assertArrayEquals(ArgbPixels.of(was.snapshot().image()), ArgbPixels.of(expand.snapshot().image()));
        JobOutcome o = expand.outcome();
        assertEquals(JobState.DONE, o.state());
        assertEquals(Duration.ofMillis(12_345), o.elapsed());
        for (int r = 0; r < 2; r++) {
            JobResult a = was.outcome().results().get(r);
            JobResult b = o.results().get(r);
            assertEquals(a.seed(), b.seed());
            assertEquals(a.costUsd(), b.costUsd());
            assertEquals(a.model(), b.model());
            assertEquals(a.pasted().canvas(), b.pasted().canvas());
            assertEquals(a.pasted().area(), b.pasted().area());
            assertArrayEquals(a.pasted().pixels(), b.pasted().pixels(), "result " + r + " pixels");
            assertArrayEquals(a.thumbnail().argb(), b.thumbnail().argb());
        }

        ProjectJob failed = read.jobs().get(1);
        assertEquals(JobState.FAILED, failed.outcome().state());
        assertEquals(ProviderException.Kind.AUTH, failed.outcome().failureKind());
        assertEquals(saved.jobs().get(1).outcome().failure(), failed.outcome().failure());
        assertEquals(2, failed.outcome().attempts());
        assertSame(d.image(), failed.snapshot().image(), "the job on the current image shares it, as before saving");
        assertNotSame(d.image(), expand.snapshot().image());
        assertArrayEquals(saved.jobs().get(1).snapshot().mask().raw(), failed.snapshot().mask().raw());
        assertEquals(saved.view(), read.view());
    }

    @Test
    void anImageSharedByTheDocumentAndItsJobsIsStoredOnce() throws Exception {
        Path file = dir.resolve("shared.refill");
        ProjectFile.write(sample(), file, "Refill test");
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            long images = zip.stream().filter(e -> e.getName().startsWith("images/")).count();
            assertEquals(2, images, "the first image and the current one");
        }
    }

    @Test
    void aSaveThatFailsHalfwayLeavesTheOldProjectWholeAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("keep.refill");
        ProjectFile.write(sample(), file, "Refill test");
        byte[] before = Files.readAllBytes(file);
        // the document's mask is written after its image: a mask that fails to encode fails the save midway
        Project failing = new Project(new ProjectDocument("keep.jpg", null, noise(4, 4, 3), null, Outsets.NONE, null),
                List.of(), ProjectView.EMPTY);
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFile.write(failing, file, "Refill test"));
        assertTrue(e.getMessage().startsWith("Can't save the project keep.refill"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFile.write(sample(),
                dir.resolve("missing-folder").resolve("x.refill"), "Refill test"));
        assertTrue(e.getMessage().contains("x.refill") && e.getMessage().contains("folder exists"), e.getMessage());
    }

    @Test
    void somethingThatIsNotAProjectIsRefusedWithItsName() throws IOException {
        Path text = dir.resolve("notes.refill");
        Files.writeString(text, "hello");
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFile.read(text));
        assertTrue(e.getMessage().startsWith("Can't open notes.refill as a Refill project"), e.getMessage());

        Path noManifest = zip("empty.refill", "images/0.png", new byte[] {1, 2, 3});
        e = assertThrows(ProjectException.class, () -> ProjectFile.read(noManifest));
        assertTrue(e.getMessage().contains("manifest.json"), e.getMessage());
    }

    @Test
    void aProjectFromANewerRefillSaysToUpdate() throws IOException {
        Path newer = zip("newer.refill", "manifest.json",
                "{\"format\": 99, \"writtenBy\": \"Refill 9.0\"}".getBytes(StandardCharsets.UTF_8));
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFile.read(newer));
        assertTrue(e.getMessage().contains("Refill 9.0") && e.getMessage().contains("Update Refill"), e.getMessage());
    }

    @Test
    void aProjectWhoseImageIsMissingIsRefused() throws Exception {
        Path file = dir.resolve("cut.refill");
        ProjectFile.write(sample(), file, "Refill test");
        Path cut = dir.resolve("cut2.refill");
        try (var in = new java.util.zip.ZipFile(file.toFile());
                var out = new ZipOutputStream(Files.newOutputStream(cut))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                if (!e.getName().equals("images/1.png")) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.getInputStream(e).transferTo(out);
                    out.closeEntry();
                }
            }
        }
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFile.read(cut));
        assertTrue(e.getMessage().contains("images/1.png"), e.getMessage());
    }

    private Path zip(String name, String entry, byte[] body) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(body);
            z.closeEntry();
        }
        return p;
    }
}
