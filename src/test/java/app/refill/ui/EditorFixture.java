package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.refill.app.RefillApp;
import app.refill.core.doc.EditorSession;
import app.refill.core.geom.Viewport;
import app.refill.job.ScriptedProvider;
import app.refill.ui.canvas.CanvasView;
import java.awt.image.BufferedImage;
import app.refill.provider.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real editor with a private config folder and scripted dialogs, and helps tests aim at pixels. */
public final class EditorFixture {
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final ScriptedProvider provider = new ScriptedProvider();
    public final FakeCatalog catalog = new FakeCatalog(provider);
    public final RefillApp app;

    public EditorFixture(Path configDir) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (RefillApp) FxToolkit.setupApplication(() -> new RefillApp(configDir, owner -> dialogs, catalog));
        FxToolkit.setupStage(stage -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.hideStage();
    }

    public EditorViewModel vm() {
        return app.viewModel();
    }

    public CanvasView canvas() {
        return app.window().canvas();
    }

    public EditorSession session() {
        return vm().getSession();
    }

    /** Opens a file and waits until it is shown. */
    public EditorSession open(Path file) throws Exception {
        EditorSession before = session();
        WaitForAsyncUtils.asyncFx(() -> vm().open(file)).get(5, TimeUnit.SECONDS);
        waitUntil(() -> session() != before && session() != null && canvas().isMaskShown());
        WaitForAsyncUtils.waitForFxEvents();
        return session();
    }

    /** The next job's run, held in the provider after a first progress report until {@link #release}. */
    public static final class HeldRun {
        private final CountDownLatch running = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        public void awaitRunning() throws InterruptedException {
            if (!running.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("the job did not start");
            }
        }

        public void release() {
            release.countDown();
        }
    }

    /** Holds the next run at 30 % generating; {@code after} runs once released (a failure, for instance). */
    public HeldRun holdNextRun(ScriptedProvider.Step... after) {
        return holdNextRun(List.of(), after);
    }

    /** As {@link #holdNextRun(ScriptedProvider.Step...)}, doing {@code before} (a preview, say) before the hold. */
    public HeldRun holdNextRun(List<ScriptedProvider.Step> before, ScriptedProvider.Step... after) {
        HeldRun held = new HeldRun();
        List<ScriptedProvider.Step> steps = new ArrayList<>();
        steps.add(ScriptedProvider.progress(Progress.Stage.GENERATING, 0.3, -1));
        steps.addAll(before);
        steps.add(ctx -> {
            held.running.countDown();
            held.release.await(10, TimeUnit.SECONDS);
        });
        steps.addAll(List.of(after));
        provider.thenRun(steps.toArray(ScriptedProvider.Step[]::new));
        return held;
    }

    /** Screen point of an image point under the current viewport. */
    public Point2D screenOf(double imageX, double imageY) {
        Viewport v = canvas().viewportProperty().get();
        Point2D p = canvas().localToScreen(v.toScreenX(imageX), v.toScreenY(imageY));
        assertNotNull(p);
        return p;
    }

    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A test photo: a horizontal gradient, so every column has its own colour. */
    public static Path photo(Path dir, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | 90);
            }
        }
        Path f = dir.resolve("photo-" + w + "x" + h + ".png");
        ImageIO.write(img, "png", f.toFile());
        return f;
    }
}
