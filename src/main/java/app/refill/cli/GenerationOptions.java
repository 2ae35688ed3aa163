package app.refill.cli;

import app.refill.provider.GenerationParams;
import app.refill.provider.OutputFormat;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options fill and expand share. */
final class GenerationOptions {
    @Option(names = "--provider", description = "local (offline, no key), bfl, runware or fal; default: local while"
            + " no key is set, else the first of bfl, runware, fal with a key")
    String provider;

    @Option(names = "--image", required = true, description = "The photo (PNG, JPEG, WebP, TIFF, BMP, GIF)")
    Path image;

    @Option(names = "--prompt", defaultValue = "", description = "What to generate (required except for local, which ignores it)")
    String prompt;

    @Option(names = "--out", required = true, description = "Output file; with --count N, -1, -2, ... go before the extension")
    Path out;

    @Option(names = "--seed", description = "Fixed seed (default: random)")
    Long seed;

    @Option(names = "--steps", description = "Diffusion steps (BFL, Runware: 15-50)")
    Integer steps;

    @Option(names = "--guidance", description = "Guidance / CFG scale (BFL, Runware: 1.5-100)")
    Double guidance;

    @Option(names = "--safety", description = "Safety tolerance (BFL, Runware: 0-6; fal: 1-6)")
    Integer safety;

    @Option(names = "--upsample", description = "Let the provider enhance the prompt")
    boolean upsample;

    @Option(names = "--count", defaultValue = "1", description = "Variations (BFL: any, one call each; Runware 1-20; fal 1-4)")
    int count;

    @Option(names = "--format", defaultValue = "png", description = "png (default, lossless), jpeg or webp")
    String format;

    @Option(names = "--timeout", defaultValue = "600", description = "Give up after this many seconds (default 600)")
    long timeoutSeconds;

    @Option(names = "--max-megapixels", description = "Largest size sent to the provider (default 4; local 16)")
    Double maxMegapixels;

    @Option(names = "--quiet", description = "No progress on stderr")
    boolean quiet;

    GenerationParams params(OutputFormat fmt) {
        return new GenerationParams(prompt, seed, steps, guidance, safety, upsample, count, fmt);
    }
}
