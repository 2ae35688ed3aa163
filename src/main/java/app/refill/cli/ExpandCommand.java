package app.refill.cli;

import app.refill.core.geom.Outsets;
import app.refill.core.image.Mask;
import app.refill.core.image.io.LoadedImage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "expand", mixinStandardHelpOptions = true,
        description = "Extend the picture beyond its borders (FLUX.1 Expand; fal fills a padded canvas).")
final class ExpandCommand implements Callable<Integer> {
    @Mixin
    final GenerationOptions options = new GenerationOptions();

    @Option(names = "--top", defaultValue = "0", description = "Pixels to add at the top (0-2048)")
    int top;

    @Option(names = "--bottom", defaultValue = "0", description = "Pixels to add at the bottom (0-2048)")
    int bottom;

    @Option(names = "--left", defaultValue = "0", description = "Pixels to add on the left (0-2048)")
    int left;

    @Option(names = "--right", defaultValue = "0", description = "Pixels to add on the right (0-2048)")
    int right;

    private final RefillCli cli;

    ExpandCommand(RefillCli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return cli.execute(run -> {
            for (int v : new int[] {top, bottom, left, right}) {
                if (v < 0 || v > Outsets.MAX_SIDE) {
                    throw new CliFailure(CliFailure.BAD_INPUT, "Each side takes 0-" + Outsets.MAX_SIDE + " pixels (got " + v + ").");
                }
            }
            if (top + bottom + left + right == 0) {
                throw new CliFailure(CliFailure.BAD_INPUT, "Say how far to extend: --top, --bottom, --left or --right (pixels).");
            }
            LoadedImage image = run.loadImage(options.image);
            Mask none = new Mask(image.image().getWidth(), image.image().getHeight());
            return new RefillCli.Job(options, image, none, new Outsets(top, right, bottom, left));
        });
    }
}
