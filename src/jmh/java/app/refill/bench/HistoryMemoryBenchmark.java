package app.refill.bench;

import app.refill.core.doc.Document;
import app.refill.core.doc.EditorSession;
import app.refill.core.doc.MaskStroke;
import app.refill.core.geom.PixelRect;
import app.refill.core.image.MaskPainter;
import app.refill.core.image.io.ImageLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Memory of a 24 MP photo with 100 brush strokes of undo history, in a JVM capped at 1 GB of heap (it fails
 * with OutOfMemoryError if it does not fit). The retained heap after a full GC is printed at tear-down. The
 * timed part is undo + redo of the latest stroke.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseG1GC"})
public class HistoryMemoryBenchmark {
    private EditorSession session;
    private int[] tintBuffer;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path photo = SyntheticPhoto.jpeg24mp();
        Document doc = new Document(new ImageLoader().load(photo).image(), "photo.jpg", photo);
        session = new EditorSession(doc);
        tintBuffer = new int[doc.size().width() * doc.size().height()];
        MaskPainter painter = new MaskPainter();
        Random rnd = new Random(42);
        for (int s = 0; s < 100; s++) {
            MaskStroke stroke = session.beginStroke("Brush stroke");
            double x = 300 + rnd.nextInt(5400);
            double y = 300 + rnd.nextInt(3400);
            for (int d = 0; d < 80; d++) {
                x = Math.max(0, Math.min(5999, x + rnd.nextGaussian() * 25));
                y = Math.max(0, Math.min(3999, y + rnd.nextGaussian() * 25));
                PixelRect r = painter.dabBounds(stroke.mask(), x, y, 256, 0.5);
                stroke.beforeWrite(r);
                painter.dab(stroke.mask(), x, y, 256, 0.5, MaskPainter.Mode.ADD);
                stroke.written(r);
            }
            stroke.finish();
        }
    }

    @Benchmark
    public boolean undoRedoLatestStroke() {
        return session.undo() & session.redo();
    }

    @TearDown(Level.Trial)
    public void report() {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("%nRETAINED HEAP: %d MB with 24 MP photo + tint buffer + %d undo steps holding %d KB "
                        + "(max heap %d MB)%n", used >> 20, session.history().undoCount(),
                session.history().byteSize() >> 10, Runtime.getRuntime().maxMemory() >> 20);
        if (tintBuffer.length == 0) {
            throw new IllegalStateException();
        }
    }
}
