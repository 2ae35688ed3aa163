package app.refill.app;

import app.refill.core.doc.EditorSession;
import app.refill.core.tool.Pointer;
import app.refill.core.tool.Tool;
import app.refill.job.Job;
import app.refill.job.JobState;
import app.refill.ui.Background;
import app.refill.ui.EditorViewModel;
import app.refill.ui.PromptHistory;
import app.refill.ui.RecentFiles;
import app.refill.ui.UserDialogs;
import app.refill.ui.Workbench;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * While the window is being built, runs two whole jobs through a hidden editor's view models on a background
 * thread: a small picture, a mask, two submits to a provider that answers at once, and their results' arrival
 * as layers. The user's first job then runs view-model and job code that has already been loaded, linked and
 * run once, instead of loading and linking it on the UI thread in the frames after the first Ctrl+Enter and
 * the first result. FxStallReport, UI-thread work in the first submit's frame: 17-22 ms without, 11-14 ms with.
 * The window shows no later: the rehearsal takes the other core while the UI thread builds the window.
 * <p>
 * The view models need no toolkit and are the rehearsal's own, touched by its thread only: it runs them with
 * direct executors, so everything is over when {@link #run} returns. It touches no file and no network and
 * leaves nothing behind: it keeps no recent files, prompts or settings, and drops its queue and view models.
 */
final class FirstJobRehearsal {
    private static final String PICTURE_NAME = "rehearsal";
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    /** Two, so that the lists also see a job and a layer arrive above an earlier one. */
    private static final int JOBS = 2;

    /** How far the rehearsal got: the jobs it ran and the result layers they left. */
    record Outcome(List<JobState> jobs, int layers) {
        boolean complete() {
            return jobs.size() == JOBS && jobs.stream().allMatch(s -> s == JobState.DONE) && layers == JOBS;
        }
    }

    /** Rehearsals that ran to the end in this process: what the start-up test checks. */
    private static final AtomicInteger COMPLETED = new AtomicInteger();

    private FirstJobRehearsal() {
    }

    static int completed() {
        return COMPLETED.get();
    }

    /** Any thread but the UI thread: the rehearsal takes a few hundred milliseconds of cold code. */
    static Outcome run() {
        Background direct = new Background(Runnable::run, Runnable::run);
        EditorWiring wiring = EditorWiring.of(direct, Runnable::run, Runnable::run, new Silent(),
                new InstantCatalog(WIDTH * HEIGHT), new NoRecentFiles(), new NoPromptHistory(), Optional.empty());
        Workbench work = wiring.workbench();
        wiring.editor().openImage(() -> new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB), PICTURE_NAME);
        paintMask(wiring.editor());
        work.prompt().promptProperty().set(PICTURE_NAME);
        for (int i = 0; i < JOBS; i++) {
            work.prompt().submit();
        }
        return new Outcome(wiring.queue().jobs().stream().map(Job::state).toList(), work.results().layers().size());
    }

    /**
     * Starts the rehearsal on a background thread (named so that the editor lowers its priority). A failure
     * costs only the first job's smoothness, so it is logged and nothing else happens.
     */
    static void start(Logger log) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                Outcome o = run();
                if (o.complete()) {
                    COMPLETED.incrementAndGet();
                    log.fine(() -> "first-job rehearsal: " + (System.nanoTime() - start) / 1_000_000 + " ms");
                } else {
                    log.warning("first-job rehearsal stopped early (" + o + "); the first job's frames may be slower");
                }
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "first-job rehearsal failed; the first job's frames may be slower", e);
            }
        }, "refill-worker-rehearsal");
        t.setDaemon(true);
        t.start();
    }

    /** A brush stroke across the picture's middle, with the editor's own brush, as the user paints one. */
    private static void paintMask(EditorViewModel editor) {
        Tool brush = editor.activeTool();
        EditorSession session = editor.getSession();
        brush.pressed(session, Pointer.at(WIDTH / 4.0, HEIGHT / 2.0));
        brush.dragged(session, Pointer.at(WIDTH / 2.0, HEIGHT / 2.0));
        brush.released(session, Pointer.at(WIDTH * 3 / 4.0, HEIGHT / 2.0));
    }

    /** Keeps no recent files. */
    private static final class NoRecentFiles implements RecentFiles {
        @Override
        public List<Path> list() {
            return List.of();
        }

        @Override
        public void add(Path file) {
            // the rehearsal's picture is no file of the user's
        }

        @Override
        public void remove(Path file) {
            // nothing was kept
        }
    }

    /** Keeps no prompts. */
    private static final class NoPromptHistory implements PromptHistory {
        @Override
        public List<String> list() {
            return List.of();
        }

        @Override
        public void add(String prompt) {
            // the rehearsal's prompt is not the user's
        }
    }

    /** Asks nothing: a rehearsal that would need an answer stops there, as if the user had cancelled. */
    private static final class Silent implements UserDialogs {
        @Override
        public Optional<Path> chooseImageToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseMaskToImport() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseMaskExport(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public OptionalInt askPixels(String title, String question, int initial) {
            return OptionalInt.empty();
        }

        @Override
        public boolean confirmScaleMask(String message) {
            return false;
        }

        @Override
        public void showError(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }

        @Override
        public Optional<Path> chooseImageSave(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseProjectSave(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }
    }
}
