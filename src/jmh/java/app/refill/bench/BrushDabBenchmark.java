package app.refill.bench;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import app.refill.core.image.MaskPainter;
import app.refill.core.image.MaskTint;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Painting on a 6000 x 4000 (24 MP) document: one 256 px dab at 50 % hardness plus the tint update of the
 * rectangle it touched, against a plain fill of the same rectangle (with and without the same tint update).
 * Goal: the dab costs at most 2x the plain fill.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class BrushDabBenchmark {
    private static final int W = 6000;
    private static final int H = 4000;
    private static final int SIZE = 256;

    private Mask mask;
    private int[] overlay;
    private MaskPainter painter;
    private MaskTint tint;
    private PixelRect rect;
    private int step;

    @Setup
    public void setUp() {
        mask = new Mask(W, H);
        overlay = new int[W * H];
        painter = new MaskPainter();
        tint = new MaskTint(0xff2d55);
        rect = painter.dabBounds(mask, 3000.25, 2000.5, SIZE, 0.5);
    }

    /** Centres move by sub-pixel steps along a stroke, as they do when the pointer moves. */
    private double nextX() {
        step = (step + 1) & 63;
        return 2000 + step * 25.25;
    }

    @Benchmark
    public int dabAndOverlay() {
        double x = nextX();
        PixelRect r = painter.dab(mask, x, 2000.5, SIZE, 0.5, MaskPainter.Mode.ADD);
        tint.render(mask, r, overlay);
        return r.width();
    }

    @Benchmark
    public int plainFillAndOverlay() {
        double x = nextX();
        PixelRect r = new PixelRect((int) x - rect.width() / 2, rect.y(), rect.width(), rect.height());
        fill(r);
        tint.render(mask, r, overlay);
        return r.width();
    }

    @Benchmark
    public int dabOnly() {
        return painter.dab(mask, nextX(), 2000.5, SIZE, 0.5, MaskPainter.Mode.ADD).width();
    }

    @Benchmark
    public int plainFillOnly() {
        double x = nextX();
        PixelRect r = new PixelRect((int) x - rect.width() / 2, rect.y(), rect.width(), rect.height());
        fill(r);
        return r.width();
    }

    private void fill(PixelRect r) {
        byte[] d = mask.writableRaw();
        for (int y = r.y(); y < r.bottom(); y++) {
            Arrays.fill(d, y * W + r.x(), y * W + r.right(), (byte) 255);
        }
    }
}
