package app.refill.app;

import app.refill.core.image.io.ImageLoader;
import app.refill.job.JobQueue;
import app.refill.provider.http.Sleeper;
import app.refill.provider.http.Transport;
import app.refill.settings.AppDirs;
import app.refill.settings.AppInfo;
import app.refill.settings.KeyFile;
import app.refill.settings.PreferencesFile;
import app.refill.ui.JobsViewModel;
import app.refill.ui.ProjectViewModel;
import app.refill.ui.PromptViewModel;
import app.refill.ui.ProviderCatalog;
import app.refill.ui.ResultsViewModel;
import app.refill.ui.SaveViewModel;
import app.refill.ui.Workbench;
import java.time.Clock;
import java.time.Instant;
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
    static final int MAX_PARALLEL_JOBS = 4;
    private final Path configDir;
    private final Function<Window, UserDialogs> dialogsFactory;
    private final ProviderCatalog catalog;
    private ExecutorService workers;
    private ExecutorService jobWorkers;
    private Workbench workbench;
    private JobQueue queue;
    private EditorViewModel viewModel;
    private EditorWindow window;

    public RefillApp() {
        this(AppDirs.configDir(), owner -> new FxDialogs(() -> owner), null);
    }

    /** For tests: a private config folder, scripted dialogs and providers (null: the real ones). */
    public RefillApp(Path configDir, Function<Window, UserDialogs> dialogsFactory, ProviderCatalog catalog) {
        this.configDir = configDir;
        this.dialogsFactory = dialogsFactory;
        this.catalog = catalog != null ? catalog
                : new KeyFileCatalog(System.getenv(), new KeyFile(configDir), Transport.standard());
    }

    @Override
    public void start(Stage stage) {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "refill-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // jobs mostly wait on the network, so more of them run at once than there are cores
        jobWorkers = Executors.newFixedThreadPool(MAX_PARALLEL_JOBS, r -> {
            Thread t = new Thread(r, "refill-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Background background = new Background(workers, Platform::runLater);
        UserDialogs dialogs = dialogsFactory.apply(stage);
        viewModel = new EditorViewModel(new ImageLoader(), background, dialogs,
                new RecentFilesStore(configDir.resolve("recent-files.txt")));
        queue = new JobQueue(jobWorkers, Platform::runLater, Clock.systemUTC(), Sleeper.REAL);
        PromptViewModel prompt = new PromptViewModel(viewModel, queue, background, dialogs, catalog,
                new PromptHistoryStore(configDir.resolve("prompts.txt")));
        ResultsViewModel results = new ResultsViewModel(viewModel, queue, background);
        ProjectViewModel project = new ProjectViewModel(viewModel, prompt, results, queue, background, dialogs, catalog,
                Instant::now, AppInfo.nameAndVersion());
        workbench = new Workbench(prompt, results, new JobsViewModel(queue),
                new SaveViewModel(viewModel, background, dialogs, new PreferencesFile(configDir)), project, Instant::now);
        window = new EditorWindow(viewModel, workbench, background, stage);
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
        if (jobWorkers != null) {
            jobWorkers.shutdownNow();
        }
    }

    public EditorViewModel viewModel() {
        return viewModel;
    }

    public JobQueue jobQueue() {
        return queue;
    }

    public Workbench workbench() {
        return workbench;
    }

    public EditorWindow window() {
        return window;
    }
}
