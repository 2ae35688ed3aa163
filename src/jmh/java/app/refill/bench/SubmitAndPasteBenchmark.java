package app.refill.bench;

import app.refill.core.doc.Document;
import app.refill.core.geom.Outsets;
import app.refill.core.image.Mask;
import app.refill.core.image.io.ImageLoader;
import app.refill.core.plan.DocumentSnapshot;
import app.refill.core.plan.PasteBack;
import app.refill.core.plan.PastedResult;
import app.refill.core.plan.Plan;
import app.refill.core.plan.RequestPlanner;
import app.refill.core.plan.SizeRules;
import app.refill.provider.GenerationParams;
import app.refill.provider.GenerationRequest;
import app.refill.provider.RequestEncoder;
import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
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
 * A 24 MP photo with a 2000 x 1500 masked area (its context crop is 6.75 MP, so it is scaled to the 4 MP cap):
 * the submit overhead until the first byte could be sent (snapshot, plan: crop + scale, encode JPEG + PNG,
 * base64 as BFL's JSON carries it), goal under 0.5 s; and pasting an answer back into the 24 MP photo,
 * goal under 150 ms. The expand paste-back (whole 24 MP canvas plus 512 px on two sides) is reported too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class SubmitAndPasteBenchmark {
    private static final SizeRules BFL = new SizeRules(SizeRules.DEFAULT_MAX_PIXELS, 256, 1, false);
    private Document doc;
    private DocumentSnapshot fillSnapshot;
    private Plan fillPlan;
    private BufferedImage fillAnswer;
    private DocumentSnapshot expandSnapshot;
    private Plan expandPlan;
    private BufferedImage expandAnswer;

    @Setup
    public void setUp() throws Exception {
        BufferedImage photo = new ImageLoader().load(SyntheticPhoto.jpeg24mp()).image();
        doc = new Document(photo, "photo.jpg", null);
        Mask m = doc.mask();
        for (int y = 1250; y < 2750; y++) {
            for (int x = 2000; x < 4000; x++) {
                double dx = (x - 3000) / 1000.0;
                double dy = (y - 2000) / 750.0;
                if (dx * dx + dy * dy <= 1) {
                    m.set(x, y, 255);
                }
            }
        }
        fillSnapshot = DocumentSnapshot.of(doc);
        fillPlan = RequestPlanner.plan(fillSnapshot, BFL);
        fillAnswer = fillPlan.image();
        expandSnapshot = new DocumentSnapshot(photo, new Mask(6000, 4000), new Outsets(0, 512, 0, 512));
        expandPlan = RequestPlanner.plan(expandSnapshot, BFL);
        expandAnswer = new BufferedImage(expandPlan.expectedResult().width(), expandPlan.expectedResult().height(),
                BufferedImage.TYPE_INT_RGB);
    }

    @Benchmark
    public int submitOverhead() throws Exception {
        DocumentSnapshot snap = DocumentSnapshot.of(doc);
        Plan plan = RequestPlanner.plan(snap, BFL);
        GenerationRequest req = RequestEncoder.encode(plan, GenerationParams.of("a red sofa"));
        String image = Base64.getEncoder().encodeToString(req.imageBytes());
        String mask = Base64.getEncoder().encodeToString(req.maskPng());
        return image.length() + mask.length();
    }

    /** What a result layer needs: the answer pasted into the rectangle it changes. */
    @Benchmark
    public PastedResult pasteBackFill() {
        return PasteBack.paste(fillPlan, fillSnapshot, fillAnswer);
    }

    /** The whole 24 MP result canvas, as the command line writes it and "keep" applies it. */
    @Benchmark
    public BufferedImage pasteBackFillWholeCanvas() {
        return PasteBack.apply(fillPlan, fillSnapshot, fillAnswer);
    }

    @Benchmark
    public BufferedImage pasteBackExpand() {
        return PasteBack.apply(expandPlan, expandSnapshot, expandAnswer);
    }
}
