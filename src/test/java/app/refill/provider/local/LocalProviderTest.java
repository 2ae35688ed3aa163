package app.refill.provider.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import app.refill.core.plan.DocumentSnapshot;
import app.refill.core.plan.Plan;
import app.refill.core.plan.RequestPlanner;
import app.refill.provider.GeneratedImage;
import app.refill.provider.GenerationParams;
import app.refill.provider.GenerationRequest;
import app.refill.provider.JobCancelledException;
import app.refill.provider.OutputFormat;
import app.refill.provider.Progress;
import app.refill.provider.ProviderException;
import app.refill.provider.ProviderRegistry;
import app.refill.provider.TestJob;
import app.refill.provider.http.Transport;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalProviderTest {
    private final LocalProvider local = new LocalProvider(2);

    private static Plan plan() throws Exception {
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB_PRE);
        Random rnd = new Random(2);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                int v = (x / 8 + y / 8) % 2 == 0 ? 60 : 190;
                v += rnd.nextInt(10);
                img.setRGB(x, y, 0xff000000 | v << 16 | v << 8 | v);
            }
        }
        Mask m = new Mask(300, 200);
        for (int y = 70; y < 130; y++) {
            for (int x = 120; x < 190; x++) {
                m.set(x, y, 255);
            }
        }
        return RequestPlanner.plan(new DocumentSnapshot(img, m, Outsets.NONE), local().capabilities().sizeRules());
    }

    private static LocalProvider local() {
        return new LocalProvider(2);
    }

    private static GenerationParams params(Long seed, int count) {
        return new GenerationParams("", seed, null, null, null, false, count, OutputFormat.PNG);
    }

    @Test
    void variationsUseConsecutiveSeedsAndDiffer() throws Exception {
        Plan p = plan();
        TestJob job = new TestJob();
        List<GeneratedImage> out = local.run(local.encode(p, params(40L, 2)), job.ctx);
        assertEquals(2, out.size());
        assertEquals(40L, out.get(0).seed());
        assertEquals(41L, out.get(1).seed());
        assertEquals(0.0, out.get(0).costUsd());
        BufferedImage a = out.get(0).image();
        BufferedImage b = out.get(1).image();
        assertEquals(p.image().getWidth(), a.getWidth());
        boolean differ = false;
        for (int y = 0; y < a.getHeight() && !differ; y++) {
            for (int x = 0; x < a.getWidth() && !differ; x++) {
                differ = a.getRGB(x, y) != b.getRGB(x, y);
            }
        }
        assertTrue(differ);
        assertTrue(job.progress.stream().allMatch(g -> g.stage() == Progress.Stage.GENERATING));
        assertEquals(1.0, job.progress.get(job.progress.size() - 1).fraction(), 1e-9);
    }

    @Test
    void theSameSeedGivesTheSameFill() throws Exception {
        Plan p = plan();
        BufferedImage a = local.run(local.encode(p, params(7L, 1)), new TestJob().ctx).get(0).image();
        BufferedImage b = new LocalProvider(1).run(local.encode(p, params(7L, 1)), new TestJob().ctx).get(0).image();
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y));
            }
        }
    }

    @Test
    void cancellingStopsTheFill() throws Exception {
        Plan p = plan();
        TestJob job = new TestJob();
        job.ctx.cancel();
        assertThrows(JobCancelledException.class, () -> local.run(local.encode(p, params(1L, 3)), job.ctx));
    }

    @Test
    void refusesWhatItCannotDoBeforeWorking() throws Exception {
        GenerationRequest files = new GenerationRequest(JobKind.FILL, new byte[] {1}, "image/jpeg", new byte[] {2},
                new Size(2, 2), Outsets.NONE, params(1L, 1));
        ProviderException e = assertThrows(ProviderException.Rejected.class, () -> local.run(files, new TestJob().ctx));
        assertTrue(e.getMessage().contains("Local"), e.getMessage());
        assertThrows(ProviderException.Rejected.class, () -> local.run(local.encode(plan(), params(1L, 9)), new TestJob().ctx));
    }

    @Test
    void isAlwaysAvailableAndTheDefaultWithoutKeys() {
        ProviderRegistry none = new ProviderRegistry(Map.of(), Transport.standard());
        assertEquals("local", none.defaultProvider());
        assertTrue(none.create("local").isPresent());
        assertFalse(local.followsPrompt());
        ProviderRegistry withKey = new ProviderRegistry(Map.of("FAL_KEY", "k"), Transport.standard());
        assertEquals("fal", withKey.defaultProvider());
        assertNotEquals(null, withKey.create("local").orElse(null));
    }

    @Test
    void aQuickPreviewOfTheWholeRequestComesBeforeTheFill() throws Exception {
        Plan p = plan();
        // what lies under the mask must not show through: mark it magenta
        for (int y = 0; y < p.image().getHeight(); y++) {
            for (int x = 0; x < p.image().getWidth(); x++) {
                if (p.mask().get(x, y) != 0) {
                    p.image().setRGB(x, y, 0xffff00ff);
                }
            }
        }
        TestJob job = new TestJob();
        List<BufferedImage> previews = new java.util.ArrayList<>();
        List<Integer> progressBefore = new java.util.ArrayList<>();
        job.ctx.onPreview(img -> {
            previews.add(img);
            progressBefore.add(job.progress.size());
        });
        local.run(local.encode(p, params(3L, 1)), job.ctx);
        assertEquals(1, previews.size());
        assertEquals(0, progressBefore.get(0), "shown before the engine reports any progress");
        BufferedImage preview = previews.get(0);
        assertEquals(p.image().getWidth(), preview.getWidth(), "small requests are previewed at their own size");
        for (int y = 0; y < preview.getHeight(); y++) {
            for (int x = 0; x < preview.getWidth(); x++) {
                int rgb = preview.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                assertTrue(r == (rgb & 0xff) && r >= 55 && r <= 205, "filled from the greys around at " + x + "," + y
                        + ": " + Integer.toHexString(rgb));
            }
        }
    }
}
