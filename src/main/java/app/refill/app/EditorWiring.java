package app.refill.app;

import app.refill.core.image.io.ImageLoader;
import app.refill.job.JobQueue;
import app.refill.provider.http.Sleeper;
import app.refill.settings.AppInfo;
import app.refill.settings.PreferencesFile;
import app.refill.ui.Background;
import app.refill.ui.EditorViewModel;
import app.refill.ui.JobsViewModel;
import app.refill.ui.ProjectViewModel;
import app.refill.ui.PromptHistory;
import app.refill.ui.PromptViewModel;
import app.refill.ui.ProviderCatalog;
import app.refill.ui.RecentFiles;
import app.refill.ui.ResultsViewModel;
import app.refill.ui.SaveViewModel;
import app.refill.ui.UserDialogs;
import app.refill.ui.Workbench;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The editor's view models wired to one job queue, the same way for the app and for its start-up rehearsal.
 * Where state is kept between runs (recent files, past prompts, settings) is passed in: the rehearsal keeps none.
 */
record EditorWiring(EditorViewModel editor, JobQueue queue, Workbench workbench) {
    static EditorWiring of(Background background, Executor jobWorkers, Executor events, UserDialogs dialogs,
            ProviderCatalog catalog, RecentFiles recent, PromptHistory history, Optional<PreferencesFile> settings) {
        EditorViewModel editor = new EditorViewModel(new ImageLoader(), background, dialogs, recent);
        JobQueue queue = new JobQueue(jobWorkers, events, Clock.systemUTC(), Sleeper.REAL);
        PromptViewModel prompt = new PromptViewModel(editor, queue, background, dialogs, catalog, history);
        ResultsViewModel results = new ResultsViewModel(editor, queue, background);
        ProjectViewModel project = new ProjectViewModel(editor, prompt, results, queue, background, dialogs, catalog,
                Instant::now, AppInfo.nameAndVersion());
        SaveViewModel save = settings.map(s -> new SaveViewModel(editor, background, dialogs, s))
                .orElseGet(() -> new SaveViewModel(editor, background, dialogs));
        return new EditorWiring(editor, queue,
                new Workbench(prompt, results, new JobsViewModel(editor, queue), save, project, Instant::now));
    }
}
