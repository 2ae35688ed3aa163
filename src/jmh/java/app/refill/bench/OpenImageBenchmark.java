package app.refill.bench;

import app.refill.core.doc.Document;
import app.refill.core.doc.EditorSession;
import app.refill.core.image.io.ImageLoader;
import app.refill.core.image.io.LoadedImage;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a 24 MP JPEG: the decode alone (ImageIO with the same TwelveMonkeys reader) against everything
 * the editor does before its first paint: header check, decode, orientation and conversion to the display
 * format, document (with its mask) and session. The canvas then wraps the pixels in a PixelBuffer without
 * copying; its tint buffer is allocated on a worker after the photo is shown. Goal: open-to-first-paint at most 1.3x the decode. The heap is fixed and
 * pre-touched so that page faults and heap growth, which differ between the two forks, do not decide the
 * comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class OpenImageBenchmark {
    private Path file;
    private ImageLoader loader;

    @Setup
    public void setUp() throws Exception {
        file = SyntheticPhoto.jpeg24mp();
        loader = new ImageLoader();
    }

    @Benchmark
    public BufferedImage decodeOnly() throws Exception {
        return ImageIO.read(file.toFile());
    }

    @Benchmark
    public Object openToFirstPaint() throws Exception {
        LoadedImage img = loader.load(file);
        return new EditorSession(new Document(img.image(), "photo.jpg", file));
    }
}
