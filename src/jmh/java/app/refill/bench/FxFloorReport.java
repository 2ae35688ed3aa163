package app.refill.bench;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The floor under {@link FxStallReport}'s figures: the same heartbeat ({@link Heartbeats}) on a window with no
 * editor in it, so a stall here is the machine's and the toolkit's, not Refill's. The window has the editor's
 * size and theme and four animated progress bars, as the job rows have while jobs run: it is redrawn and sent
 * to the display 60 times a second, as during a round. With {@code -Dfloor.busy=N}, N processes spin at the
 * lowest priority (nice 19), as the job threads and compilers do. After three seconds to settle it measures
 * windows as long as a round's paste-back and prints each one's longest stall, with and without the
 * hypervisor's pauses. Linux (it runs {@code nice} and {@code sh}); on a display or Xvfb.
 * Usage: {@code java -XX:+UseZGC -cp ... app.refill.bench.FxFloorReport}; {@code -Dfloor.windows} (6),
 * {@code -Dfloor.windowMillis} (3500), {@code -Dfloor.busy} (0).
 */
public final class FxFloorReport {
    private FxFloorReport() {
    }

    /** Launched from a class that is not an Application, as JavaFX on the class path requires. */
    public static void main(String[] args) {
        Application.launch(FloorApp.class, args);
    }

    /** The window, its spinning neighbours and the windows of heartbeats. */
    public static final class FloorApp extends Application {
        private static final int SETTLE_SECONDS = 3;
        private static final int BARS = 4;
        private final Heartbeats beats = new Heartbeats();
        private final List<Process> spinners = new ArrayList<>();
        private final int windows = Integer.getInteger("floor.windows", 6);
        private final long windowMillis = Long.getLong("floor.windowMillis", 3500);
        private int measured;

        @Override
        public void start(Stage stage) throws IOException {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            VBox rows = new VBox(12, new Label("Nothing but the heartbeat and " + BARS + " progress bars"));
            for (int i = 0; i < BARS; i++) {
                ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
                bar.setPrefWidth(300);
                rows.getChildren().add(bar);
            }
            stage.setScene(new Scene(rows, 1400, 900));
            stage.show();
            for (int i = 0; i < Integer.getInteger("floor.busy", 0); i++) {
                // each spins only while this JVM lives, so an interrupted report leaves none behind
                spinners.add(new ProcessBuilder("nice", "-n", "19", "sh", "-c",
                        "while kill -0 $PPID 2>/dev/null; do :; done")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
            beats.start((posted, delay, work) -> { });
            beats.scheduler().schedule(() -> Platform.runLater(this::nextWindow), SETTLE_SECONDS, TimeUnit.SECONDS);
        }

        private void nextWindow() {
            if (measured > 0) {
                System.out.printf(Locale.ROOT, "window %d (%d ms, %d spinning): %s%n", measured, windowMillis,
                        spinners.size(), beats.summary());
            }
            if (measured == windows) {
                Platform.exit();
                return;
            }
            measured++;
            beats.countFromNow();
            beats.scheduler().schedule(() -> Platform.runLater(this::nextWindow), windowMillis,
                    TimeUnit.MILLISECONDS);
        }

        @Override
        public void stop() {
            beats.stop();
            spinners.forEach(Process::destroy);
        }
    }
}
