package app.refill.bench;

import app.refill.core.image.io.ImageLoader;
import app.refill.engine.ContentAwareFill;
import app.refill.engine.FillMonitor;
import app.refill.engine.FillOptions;
import app.refill.engine.QuickPreview;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Local engine's compute on a 1 MP photo (garden.jpg scaled to 1265 x 791) on this machine's cores, for
 * each hole of the quality report, and the instant preview shown meanwhile. Targets: 10 % centre ≤ 1.5 s, scribbles ≤ 1.0 s, 25 % strip or frame ≤ 2.5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FillEngineBenchmark {
    @Param({"CENTRE_10", "SCRIBBLES", "STRIP_25", "FRAME_25"})
    public String hole;
    private int[] pixels;
    private boolean[] mask;
    private int w;
    private int h;

    @Setup
    public void setUp() throws Exception {
        BufferedImage src = new ImageLoader().load(Path.of("..", "shared", "testdata", "garden.jpg")).image();
        double s = Math.sqrt(1_000_000.0 / ((double) src.getWidth() * src.getHeight()));
        w = (int) Math.round(src.getWidth() * s);
        h = (int) Math.round(src.getHeight() * s);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        pixels = img.getRGB(0, 0, w, h, null, 0, w);
        mask = HoleCases.valueOf(hole).hole(w, h);
    }

    /** The instant preview Local shows while {@link #fill} runs (no target; "milliseconds"). */
    @Benchmark
    public QuickPreview.Image preview() {
        return QuickPreview.of(pixels, w, h, mask);
    }

    @Benchmark
    public int[] fill() {
        return ContentAwareFill.fill(pixels, w, h, mask, null, FillOptions.withSeed(1), FillMonitor.NONE);
    }
}
