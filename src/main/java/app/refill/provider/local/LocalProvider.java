package app.refill.provider.local;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import app.refill.core.image.io.ArgbPixels;
import app.refill.core.plan.Plan;
import app.refill.core.plan.SizeRules;
import app.refill.engine.ContentAwareFill;
import app.refill.engine.FillMonitor;
import app.refill.engine.FillOptions;
import app.refill.engine.QuickPreview;
import app.refill.provider.Capabilities;
import app.refill.provider.CheckedProvider;
import app.refill.provider.GeneratedImage;
import app.refill.provider.GenerationParams;
import app.refill.provider.GenerationRequest;
import app.refill.provider.JobCancelledException;
import app.refill.provider.JobContext;
import app.refill.provider.OutputFormat;
import app.refill.provider.Progress;
import app.refill.provider.ProviderException;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Refill's offline provider: the content-aware fill engine, in this process. No key, no network, no cost; it
 * fills from the photo itself and ignores the prompt. An expand is a fill of the padded canvas (the frame's
 * border is the hole). Variations are fills with consecutive seeds.
 */
public final class LocalProvider extends CheckedProvider {
    public static final String ID = "local";
    public static final String NAME = "Local";
    private static final String MODEL = "Refill content-aware fill (offline)";
    /**
     * The engine optimises at up to 2 MP and makes one upsample-and-vote pass above that, so it may be sent
     * much more than a network provider: up to 16 MP keeps detail at full resolution for most crops.
     */
    private static final Capabilities CAPS = new Capabilities(MODEL, true, true,
            new SizeRules(16_000_000L, 64, 1, true), 1, 8, null, null, null, null, EnumSet.of(OutputFormat.PNG),
            Capabilities.Pricing.FREE);

    private final int threads;

    public LocalProvider() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public LocalProvider(int threads) {
        super(ID, NAME, CAPS);
        this.threads = threads;
    }

    @Override
    public boolean followsPrompt() {
        return false;
    }

    @Override
    public GenerationRequest encode(Plan plan, GenerationParams params) {
        BufferedImage img = plan.image();
        return new GenerationRequest(plan.kind(), new byte[0], "image/x-raw", null,
                new Size(img.getWidth(), img.getHeight()), plan.sides(), params,
                new GenerationRequest.Pixels(img, plan.mask()));
    }

    @Override
    protected List<GeneratedImage> generate(GenerationRequest req, JobContext ctx)
            throws ProviderException, JobCancelledException {
        if (req.kind() != JobKind.FILL || req.pixels() == null || req.pixels().mask() == null) {
            throw new ProviderException.Rejected(NAME + " needs the planned image and mask (use its encode()).");
        }
        BufferedImage img = req.pixels().image();
        Mask mask = req.pixels().mask();
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = ArgbPixels.of(img);
        boolean[] hole = new boolean[w * h];
        byte[] m = mask.raw();
        for (int i = 0; i < hole.length; i++) {
            hole[i] = m[i] != 0;
        }
        QuickPreview.Image quick = QuickPreview.of(argb, w, h, hole);
        ctx.preview(opaque(quick.argb(), quick.width(), quick.height()));
        long first = req.params().seed() != null ? req.params().seed() : ThreadLocalRandom.current().nextLong(1L << 31);
        int count = req.params().count();
        List<GeneratedImage> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            long seed = first + k;
            int done = k;
            FillMonitor monitor = new FillMonitor() {
                @Override
                public void progress(double fraction, int level) {
                    ctx.progress(new Progress(Progress.Stage.GENERATING, (done + fraction) / count, -1));
                }

                @Override
                public boolean isCancelled() {
                    return ctx.isCancelled() || ctx.now().isAfter(ctx.deadline());
                }
            };
            int[] filled;
            try {
                filled = ContentAwareFill.fill(argb, w, h, hole, null, FillOptions.withSeed(seed).withThreads(threads), monitor);
            } catch (CancellationException e) {
                if (ctx.isCancelled()) {
                    throw new JobCancelledException();
                }
                throw new ProviderException.TimedOut(NAME + " did not finish before the job's time limit. Try a smaller"
                        + " mask or a longer --timeout.");
            }
            out.add(GeneratedImage.ofPixels(opaque(filled, w, h), seed, MODEL));
        }
        return out;
    }

    /** The engine's pixels as an image, every pixel opaque. */
    private static BufferedImage opaque(int[] argb, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] dst = ArgbPixels.data(img);
        for (int i = 0; i < dst.length; i++) {
            dst[i] = argb[i] | 0xff000000;
        }
        return img;
    }
}
