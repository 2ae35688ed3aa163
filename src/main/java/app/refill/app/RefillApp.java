package app.refill.app;

import app.refill.job.JobEvent;
import app.refill.job.JobQueue;
import app.refill.provider.http.Transport;
import app.refill.settings.AppDirs;
import app.refill.settings.AppInfo;
import app.refill.settings.KeyFile;
import app.refill.settings.LogFiles;
import app.refill.settings.PreferencesFile;
import app.refill.settings.SystemAppearance;
import app.refill.ui.Appearance;
import app.refill.ui.Background;
import app.refill.ui.EditorViewModel;
import app.refill.ui.EditorWindow;
import app.refill.ui.FxDialogs;
import app.refill.ui.ProviderCatalog;
import app.refill.ui.UserDialogs;
import app.refill.ui.Workbench;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The composition root: creates the worker pool, loader, view model and window, and wires them. The only
 * class that calls {@code Platform.runLater}.
 */
public class RefillApp extends Application {
    static final int MAX_PARALLEL_JOBS = 4;
    private static final Logger LOG = Logger.getLogger("app.refill.app");
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};
    private ScheduledExecutorService priorities;
    private final Path configDir;
    private final Path logDir;
    private List<Image> icons;
    private boolean systemDark;
    private String savedTheme = "system";
    private Handler logHandler;
    private final Function<Window, UserDialogs> dialogsFactory;
    private final ProviderCatalog catalog;
    private ExecutorService workers;
    private ExecutorService jobWorkers;
    private Workbench workbench;
    private JobQueue queue;
    private EditorViewModel viewModel;
    private EditorWindow window;

    public RefillApp() {
        this(AppDirs.configDir(), AppDirs.logDir(), owner -> new FxDialogs(() -> owner), null);
    }

    /** For tests: a private config folder (logs go into it), scripted dialogs and providers (null: the real ones). */
    public RefillApp(Path configDir, Function<Window, UserDialogs> dialogsFactory, ProviderCatalog catalog) {
        this(configDir, configDir.resolve("logs"), dialogsFactory, catalog);
    }

    private RefillApp(Path configDir, Path logDir, Function<Window, UserDialogs> dialogsFactory, ProviderCatalog catalog) {
        this.configDir = configDir;
        this.logDir = logDir;
        this.dialogsFactory = dialogsFactory;
        this.catalog = catalog != null ? catalog
                : new KeyFileCatalog(System.getenv(), new KeyFile(configDir), Transport.standard());
    }

    /** On the launcher thread, before the window: logging, and the icons decoded off the UI thread. */
    @Override
    public void init() {
        if (!"false".equals(System.getProperty("refill.rehearsal"))) {
            FirstJobRehearsal.start(LOG);
        }
        Supplier<Collection<String>> secrets = catalog instanceof KeyFileCatalog k ? k::knownKeys : List::of;
        try {
            logHandler = LogFiles.install(logDir, secrets);
        } catch (IOException e) {
            System.err.println("Refill: cannot write logs to " + logDir + " (" + e.getMessage() + "); going on without");
        }
        LOG.info(() -> AppInfo.nameAndVersion() + " starting on Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "uncaught in " + t.getName(), e));
        systemDark = SystemAppearance.prefersDark().orElse(true);
        try {
            savedTheme = new PreferencesFile(configDir).theme();
        } catch (IOException e) {
            LOG.warning("settings: " + e.getMessage());
        }
        icons = new ArrayList<>();
        for (int s : ICON_SIZES) {
            try (InputStream in = RefillApp.class.getResourceAsStream("/app/refill/assets/icons/refill-" + s + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (IOException e) {
                LOG.warning("icon " + s + " px: " + e.getMessage());
            }
        }
    }

    @Override
    public void start(Stage stage) {
        AtomicInteger n = new AtomicInteger();
        priorities = BackgroundPriority.forThisProcess().map(p -> p.keepScanning(0.5)).orElse(null);
        workers = startedPool(Math.max(2, Runtime.getRuntime().availableProcessors()), "refill-worker-", n);
        // jobs mostly wait on the network, so more of them run at once than there are cores
        jobWorkers = startedPool(MAX_PARALLEL_JOBS, "refill-job-", n);
        Background background = new Background(workers, Platform::runLater);
        UserDialogs dialogs = dialogsFactory.apply(stage);
        EditorWiring wiring = EditorWiring.of(background, jobWorkers, Platform::runLater, dialogs, catalog,
                new RecentFilesStore(configDir.resolve("recent-files.txt")),
                new PromptHistoryStore(configDir.resolve("prompts.txt")), Optional.of(new PreferencesFile(configDir)));
        viewModel = wiring.editor();
        queue = wiring.queue();
        workbench = wiring.workbench();
        Appearance appearance = new Appearance(systemDark, Appearance.parse(savedTheme), background,
                new PreferencesFile(configDir));
        window = new EditorWindow(viewModel, workbench, background, stage,
                new EditorWindow.Look(icons, configDir, logDir, appearance));
        viewModel.messageProperty().subscribe(m -> {
            if (m != null && !m.isBlank()) {
                LOG.info(m);
            }
        });
        queue.addListener(e -> {
            if (e instanceof JobEvent.Finished f) {
                var j = f.job();
                LOG.info(() -> "job " + j.id() + " (" + j.spec().provider().id() + "): " + j.state().label()
                        + j.failure().map(w -> ": " + w).orElse(""));
            }
        });
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        if (!args.isEmpty()) {
            viewModel.open(Path.of(args.get(0)));
        }
    }

    /**
     * A fixed pool of daemon threads, all started now: so the first scan lowers their priority long before the
     * first job, instead of the first job's threads competing with the UI for up to half a second.
     */
    private static ExecutorService startedPool(int threads, String prefix, AtomicInteger n) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, prefix + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.prestartAllCoreThreads();
        return pool;
    }

    @Override
    public void stop() {
        LOG.info("Refill stopping");
        if (logHandler != null) {
            Logger.getLogger(LogFiles.ROOT).removeHandler(logHandler);
            logHandler.close();
        }
        if (workers != null) {
            workers.shutdownNow();
        }
        if (jobWorkers != null) {
            jobWorkers.shutdownNow();
        }
        if (priorities != null) {
            priorities.shutdownNow();
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
