package app.refill.cli;

import app.refill.core.geom.Outsets;
import app.refill.core.image.Mask;
import app.refill.core.image.io.ImageLoadException;
import app.refill.core.image.io.ImageLoader;
import app.refill.core.image.io.ImageSaver;
import app.refill.core.image.io.LoadedImage;
import app.refill.core.plan.DocumentSnapshot;
import app.refill.core.plan.PasteBack;
import app.refill.core.plan.Plan;
import app.refill.core.plan.PlanException;
import app.refill.core.plan.RequestPlanner;
import app.refill.core.plan.SizeRules;
import app.refill.job.GenerationMetadata;
import app.refill.provider.BasicJobContext;
import app.refill.provider.GeneratedImage;
import app.refill.provider.GenerationParams;
import app.refill.provider.ImageProvider;
import app.refill.provider.JobCancelledException;
import app.refill.provider.OutputFormat;
import app.refill.provider.Progress;
import app.refill.provider.ProviderException;
import app.refill.provider.ProviderRegistry;
import app.refill.provider.RequestEncoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One command-line generation, from files to files: load (EXIF upright, as the editor does), check everything
 * that can be checked before any network call, plan, run the provider, paste each answer back at full
 * resolution and save it with its parameters. Progress goes to stderr, written paths to stdout.
 */
final class GenerationRun {
    private final ProviderRegistry registry;
    private final PrintStream out;
    private final PrintStream err;
    private final ImageLoader loader = new ImageLoader();

    GenerationRun(ProviderRegistry registry, PrintStream out, PrintStream err) {
        this.registry = registry;
        this.out = out;
        this.err = err;
    }

    LoadedImage loadImage(Path file) throws CliFailure {
        try {
            return loader.load(file);
        } catch (ImageLoadException e) {
            throw new CliFailure(CliFailure.BAD_INPUT, e.getMessage());
        }
    }

    ImageLoader loader() {
        return loader;
    }

    /** Runs the job; {@code started} receives its context so that Ctrl+C can cancel it. */
    List<Path> run(GenerationOptions o, LoadedImage image, Mask mask, Outsets outsets, java.util.function.Consumer<BasicJobContext> started)
            throws CliFailure {
        ImageProvider provider = provider(o.provider);
        OutputFormat fileFormat = format(o.format);
        OutputFormat asked = provider.capabilities().formats().contains(fileFormat) ? fileFormat : OutputFormat.PNG;
        GenerationParams params = o.params(asked);
        List<String> problems = provider.capabilities().problems(provider.displayName(), params);
        if (o.prompt.isBlank() && problems.isEmpty() && provider.followsPrompt()) {
            problems = List.of("The prompt is empty. Say what should appear, e.g. --prompt \"a red sofa\".");
        }
        if (!problems.isEmpty()) {
            throw new CliFailure(CliFailure.BAD_INPUT, String.join(" ", problems));
        }
        SizeRules base = provider.capabilities().sizeRules();
        long maxPixels = o.maxMegapixels == null ? base.maxPixels() : (long) (o.maxMegapixels * 1_000_000);
        SizeRules rules = new SizeRules(maxPixels, base.minSide(), base.expandStep(), base.expandsByFill());
        DocumentSnapshot doc = new DocumentSnapshot(image.image(), mask, outsets);
        Plan plan;
        try {
            plan = RequestPlanner.plan(doc, rules);
        } catch (PlanException e) {
            throw new CliFailure(CliFailure.BAD_INPUT, e.getMessage());
        }
        ProgressLines lines = new ProgressLines(provider.id(), o.quiet);
        BasicJobContext ctx = BasicJobContext.real(Duration.ofSeconds(o.timeoutSeconds), lines::report);
        started.accept(ctx);
        List<GeneratedImage> results;
        try {
            if (!provider.followsPrompt() && !o.prompt.isBlank() && !o.quiet) {
                err.println(provider.id() + ": fills from the photo itself; the prompt is kept in the metadata only.");
            }
            results = provider.run(provider.encode(plan, params), ctx);
        } catch (JobCancelledException e) {
            throw new CliFailure(CliFailure.CANCELLED, "Cancelled.");
        } catch (ProviderException e) {
            throw new CliFailure(e.isRefusal() ? CliFailure.REFUSED : CliFailure.GAVE_UP, e.getMessage());
        }
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            GeneratedImage g = results.get(i);
            Path file = numbered(o.out, i, results.size());
            save(o, provider, plan, doc, g, file, fileFormat, params);
            out.println(file);
            written.add(file);
        }
        return written;
    }

    private void save(GenerationOptions o, ImageProvider provider, Plan plan, DocumentSnapshot doc, GeneratedImage g,
            Path file, OutputFormat fmt, GenerationParams asked) throws CliFailure {
        try {
            var answer = g.image() != null ? g.image()
                    : loader.load(new ByteArrayInputStream(g.bytes()), provider.displayName() + " result").image();
            var full = PasteBack.apply(plan, doc, answer);
            String params = GenerationMetadata.parameters(asked, provider.id(), g.seed(), g.model(), full.getWidth(),
                    full.getHeight(), String.valueOf(o.image.getFileName()));
            ImageSaver.write(full, file, fmt == OutputFormat.JPEG ? "jpeg" : fmt.name().toLowerCase(Locale.ROOT), params, 0.92f);
        } catch (ImageLoadException e) {
            throw new CliFailure(CliFailure.GAVE_UP, provider.displayName() + " sent something that is not an image ("
                    + e.getMessage() + "). Try again.");
        } catch (IOException e) {
            throw new CliFailure(CliFailure.BAD_INPUT, "Could not write " + file + ": " + e.getMessage()
                    + ". Check the folder exists and is writable.");
        }
    }

    private ImageProvider provider(String id) throws CliFailure {
        String p = id == null ? registry.defaultProvider() : id.trim().toLowerCase(Locale.ROOT);
        if (!ProviderRegistry.IDS.contains(p)) {
            throw new CliFailure(CliFailure.BAD_INPUT, "Unknown provider \"" + id + "\". Use one of: "
                    + String.join(", ", ProviderRegistry.IDS) + ".");
        }
        try {
            return registry.create(p).orElseThrow(() -> new CliFailure(CliFailure.BAD_INPUT, "No key for " + p
                    + ". Set " + ProviderRegistry.keyVariable(p) + " to your API key, or enter it in the editor's Settings."));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(CliFailure.BAD_INPUT, e.getMessage());
        }
    }

    private static OutputFormat format(String s) throws CliFailure {
        try {
            return OutputFormat.parse(s);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(CliFailure.BAD_INPUT, "Unknown --format \"" + s + "\". Use png, jpeg or webp.");
        }
    }

    static Path numbered(Path out, int i, int n) {
        if (n == 1) {
            return out;
        }
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + (i + 1) + name.substring(dot) : name + "-" + (i + 1);
        return out.resolveSibling(numbered);
    }

    /** One stderr line per change of the job's state, named by the provider that runs it. */
    private final class ProgressLines {
        private final String providerId;
        private final boolean quiet;
        private String last;

        ProgressLines(String providerId, boolean quiet) {
            this.providerId = providerId;
            this.quiet = quiet;
        }

        // progress arrives from the provider's threads; lines must not interleave or repeat
        synchronized void report(Progress p) {
            String s = switch (p.stage()) {
                case SUBMITTING -> "submitting";
                case QUEUED -> p.queuePosition() >= 0 ? "queued, position " + p.queuePosition() : "queued";
                case GENERATING -> p.fraction() >= 0
                        ? String.format(Locale.ROOT, "generating %.0f %%", p.fraction() * 100) : "generating";
                case DOWNLOADING -> "downloading";
            };
            if (!quiet && !s.equals(last)) {
                last = s;
                err.println(providerId + ": " + s);
            }
        }
    }
}
