package app.refill.app;

import app.refill.core.image.io.ImageLoader;
import app.refill.settings.AppDirs;
import app.refill.ui.Background;
import app.refill.ui.EditorViewModel;
import app.refill.ui.EditorWindow;
import app.refill.ui.FxDialogs;
import app.refill.ui.UserDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The composition root: creates the worker pool, loader, view model and window, and wires them. The only
 * class that calls {@code Platform.runLater}.
 */
public class RefillApp extends Application {
    private final Path configDir;
    private final Function<Window, UserDialogs> dialogsFactory;
    private ExecutorService workers;
    private EditorViewModel viewModel;
    private EditorWindow window;

    public RefillApp() {
        this(AppDirs.configDir(), owner -> new FxDialogs(() -> owner));
    }

    /** For tests: a private config folder and scripted dialogs. */
    public RefillApp(Path configDir, Function<Window, UserDialogs> dialogsFactory) {
        this.configDir = configDir;
        this.dialogsFactory = dialogsFactory;
    }

    @Override
    public void start(Stage stage) {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "refill-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Background background = new Background(workers, Platform::runLater);
        viewModel = new EditorViewModel(new ImageLoader(), background, dialogsFactory.apply(stage),
                new RecentFilesStore(configDir.resolve("recent-files.txt")));
        window = new EditorWindow(viewModel, background, stage);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        if (!args.isEmpty()) {
            viewModel.open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    public EditorViewModel viewModel() {
        return viewModel;
    }

    public EditorWindow window() {
        return window;
    }
}
