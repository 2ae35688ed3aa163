package app.refill.ui;

import app.refill.core.doc.Document;
import app.refill.core.doc.EditorSession;
import app.refill.job.Job;
import app.refill.job.JobOutcome;
import app.refill.job.JobQueue;
import app.refill.job.JobSpec;
import app.refill.project.LayerState;
import app.refill.project.Project;
import app.refill.project.ProjectDocument;
import app.refill.project.ProjectException;
import app.refill.project.ProjectFile;
import app.refill.project.ProjectJob;
import app.refill.project.ProjectView;
import app.refill.provider.DeferredProvider;
import app.refill.provider.ImageProvider;
import app.refill.provider.ProviderInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Saving and opening {@code .refill} projects: the picture with its mask and frame, every job of that picture
 * with its parameters and results, how each result layer was shown, and the prompt being written. Gathering
 * what to save is reference copying on the UI thread (plus the mask, as a submit copies it); encoding, writing
 * and reading run on a worker. A project's jobs run again from the keys as they are when retried.
 */
public final class ProjectViewModel {
    private final EditorViewModel editor;
    private final PromptViewModel prompt;
    private final ResultsViewModel results;
    private final Supplier<Instant> clock;
    private final JobQueue queue;
    private final Background background;
    private final UserDialogs dialogs;
    private final ProviderCatalog catalog;
    private final String writtenBy;
    private final LastSaved lastSaved = new LastSaved();

    public ProjectViewModel(EditorViewModel editor, PromptViewModel prompt, ResultsViewModel results, JobQueue queue,
            Background background, UserDialogs dialogs, ProviderCatalog catalog, Supplier<Instant> clock,
            String writtenBy) {
        this.editor = editor;
        this.prompt = prompt;
        this.results = results;
        this.clock = clock;
        this.queue = queue;
        this.background = background;
        this.dialogs = dialogs;
        this.catalog = catalog;
        this.writtenBy = writtenBy;
        editor.setProjectOpener(this::open);
    }

    /** File > Save Project: where this project was saved or opened from, else asks. */
    public void save() {
        lastSaved.of(editor.getSession()).ifPresentOrElse(this::save, this::saveAs);
    }

    public void saveAs() {
        EditorSession s = editor.getSession();
        if (s != null) {
            dialogs.chooseProjectSave(SaveViewModel.baseName(s.document().name()) + ProjectFile.EXTENSION)
                    .ifPresent(this::save);
        }
    }

    public void save(Path chosen) {
        EditorSession s = editor.getSession();
        if (s == null) {
            return;
        }
        Path file = ProjectFile.isProject(chosen) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ProjectFile.EXTENSION);
        Project project = gather(s);
        editor.messageProperty().set("Saving project " + file.getFileName() + "…");
        background.run(() -> {
            ProjectFile.write(project, file, writtenBy);
            return file;
        }, f -> {
            if (editor.getSession() == s && s.document().image() == project.document().image()) {
                s.markSaved();
            }
            lastSaved.set(s, f);
            editor.remember(f);
            editor.messageProperty().set("Saved project " + f.getFileName() + " (" + project.jobs().size()
                    + (project.jobs().size() == 1 ? " job)." : " jobs)."));
        }, e -> fail("Can't save the project", e));
    }

    /** Opens a project in place of the current picture; the jobs already in the panel stay. */
    public void open(Path file) {
        editor.messageProperty().set("Opening project " + file.getFileName() + "…");
        background.run(() -> {
            Project p = ProjectFile.read(file);
            Map<String, ProviderInfo> known = new HashMap<>();
            catalog.load().list().forEach(i -> known.put(i.id(), i));
            List<ImageProvider> providers = new ArrayList<>();
            for (ProjectJob j : p.jobs()) {
                providers.add(provider(file, known.get(j.providerId()), j.providerId()));
            }
            return new Loaded(p, providers);
        }, loaded -> install(file, loaded), e -> fail("Can't open the project", e));
    }

    /** A project read on the worker, with the provider of each of its jobs. */
    private record Loaded(Project project, List<ImageProvider> providers) {
    }

    private Project gather(EditorSession s) {
        Document d = s.document();
        ProjectDocument doc = new ProjectDocument(d.name(), d.source().map(Path::toString).orElse(null), d.image(),
                MaskCopyAhead.snapshot(d.mask(), background), d.outsets(), d.generation().orElse(null));
        Instant now = clock.get();
        List<Job> jobs = queue.jobs().stream().filter(j -> d.hasShown(j.spec().snapshot().image())).toList();
        List<ProjectJob> saved = new ArrayList<>();
        ResultLayer selected = results.selectedProperty().get();
        int selectedJob = -1;
        int selectedResult = 0;
        for (Job j : jobs) {
            JobOutcome outcome = JobOutcome.of(j, now);
            List<LayerState> layers = outcome.results().stream().map(r -> layerState(j, r.index())).toList();
            JobSpec spec = j.spec();
            if (selected != null && selected.job() == j) {
                selectedJob = saved.size();
                selectedResult = selected.result().index();
            }
            saved.add(new ProjectJob(spec.provider().id(), spec.params(), spec.snapshot(), spec.rules(),
                    spec.timeout(), spec.sourceName(), j.estimateUsd(), outcome, layers));
        }
        ProviderInfo provider = prompt.providerProperty().get();
        ProjectView view = new ProjectView(prompt.promptProperty().get(), provider == null ? null : provider.id(),
                selectedJob, selectedResult, results.modeProperty().get().name(), results.splitProperty().get());
        return new Project(doc, saved, view);
    }

    private LayerState layerState(Job job, int index) {
        return layer(job, index).map(l -> new LayerState(l.visibleProperty().get(), l.opacityProperty().get(),
                l.starredProperty().get(), l.discardedProperty().get())).orElse(LayerState.HIDDEN);
    }

    private Optional<ResultLayer> layer(Job job, int index) {
        return results.layers().stream().filter(l -> l.job() == job && l.result().index() == index)
                .findFirst();
    }

    private void install(Path file, Loaded loaded) {
        Project p = loaded.project();
        ProjectDocument d = p.document();
        Document doc = Document.restored(d.image(), d.mask(), d.outsets(), d.generation(), d.name(),
                d.source() == null ? null : Path.of(d.source()), p.jobs().stream().map(j -> j.snapshot().image()).toList());
        String opened = "Opened project " + file.getFileName() + ": " + d.image().getWidth() + " x "
                + d.image().getHeight() + " px, " + p.jobs().size() + (p.jobs().size() == 1 ? " job." : " jobs.");
        EditorSession s = editor.install(doc, opened);
        List<Job> restored = new ArrayList<>();
        for (int i = 0; i < p.jobs().size(); i++) {
            ProjectJob pj = p.jobs().get(i);
            ImageProvider provider = loaded.providers().get(i);
            JobSpec spec = new JobSpec(provider, pj.params(), pj.snapshot(), pj.rules(), pj.timeout(), pj.sourceName());
            Job job = queue.restore(spec, pj.estimateUsd(), pj.outcome());
            restored.add(job);
            for (int r = 0; r < pj.layers().size(); r++) {
                LayerState state = pj.layers().get(r);
                layer(job, r).ifPresent(l -> {
                    l.visibleProperty().set(state.visible());
                    l.opacityProperty().set(state.opacity());
                    l.starredProperty().set(state.starred());
                    l.discardedProperty().set(state.discarded());
                });
            }
        }
        restoreView(p.view(), restored);
        lastSaved.set(s, file);
        editor.remember(file);
        editor.messageProperty().set(opened);
    }

    private void restoreView(ProjectView v, List<Job> jobs) {
        results.selectedProperty().set(v.selectedJob() >= 0 && v.selectedJob() < jobs.size()
                ? layer(jobs.get(v.selectedJob()), v.selectedResult()).orElse(null) : null);
        try {
            results.modeProperty().set(CompareMode.valueOf(v.compareMode()));
        } catch (IllegalArgumentException | NullPointerException e) {
            results.modeProperty().set(CompareMode.LAYERS);
        }
        results.splitProperty().set(Math.max(0, Math.min(1, v.split())));
        prompt.promptProperty().set(v.prompt() == null ? "" : v.prompt());
        prompt.providers().stream().filter(i -> i.id().equals(v.providerId())).findFirst()
                .ifPresent(prompt.providerProperty()::set);
    }

    /** The project's provider, made from the keys as they are when its job runs (see DeferredProvider). */
    private ImageProvider provider(Path file, ProviderInfo info, String id) throws ProjectException {
        if (info == null) {
            throw new ProjectException("Can't open " + file.getFileName() + ": a job in it used the provider \""
                    + id + "\", which this Refill does not have. Update Refill to open it.", null);
        }
        Supplier<Optional<ImageProvider>> make = () -> {
            try {
                return catalog.load().create(id);
            } catch (IOException e) {
                return Optional.empty();
            }
        };
        return new DeferredProvider(info, make);
    }

    private void fail(String title, Throwable e) {
        editor.messageProperty().set(title + ".");
        dialogs.showError(title, e.getMessage());
    }
}
