package app.refill.cli;

import app.refill.core.geom.Outsets;
import app.refill.core.image.Mask;
import app.refill.core.image.io.ImageLoadException;
import app.refill.core.image.io.LoadedImage;
import app.refill.core.image.io.MaskCodec;
import app.refill.core.image.io.MaskSizeMismatchException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "fill", mixinStandardHelpOptions = true,
        description = "Regenerate the white part of a mask (FLUX.1 Fill) and save the result at full resolution.")
final class FillCommand implements Callable<Integer> {
    @Mixin
    final GenerationOptions options = new GenerationOptions();

    @Option(names = "--mask", required = true, description = "Mask PNG of the upright image's size: white = regenerate")
    Path mask;

    private final RefillCli cli;

    FillCommand(RefillCli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return cli.execute(run -> {
            LoadedImage image = run.loadImage(options.image);
            Mask m;
            try {
                m = new MaskCodec(run.loader()).read(mask, new app.refill.core.geom.Size(image.image().getWidth(),
                        image.image().getHeight()));
            } catch (ImageLoadException | MaskSizeMismatchException e) {
                throw new CliFailure(CliFailure.BAD_INPUT, e.getMessage());
            }
            return new RefillCli.Job(options, image, m, Outsets.NONE);
        });
    }
}
