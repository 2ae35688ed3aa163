package app.refill.ui;

import app.refill.core.doc.MaskPatchEdit;
import app.refill.core.image.Mask;
import app.refill.core.image.io.ImageLoader;
import app.refill.job.JobQueue;
import app.refill.job.ScriptedProvider;
import app.refill.provider.FakeClock;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's view models wired as the app wires them, with no toolkit: work and events run directly on the
 * test's thread, jobs go to a {@link ScriptedProvider}, dialogs are scripted and the clock is fake.
 */
final class DirectWorkbench {
    static final int GREY = 0xff_80_80_80;

    final ScriptedProvider provider;
    final FakeCatalog catalog;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final FakeClock clock = new FakeClock();
    final List<String> remembered = new ArrayList<>();
    final List<Path> recent = new ArrayList<>();
    final EditorViewModel editor;
    final JobQueue queue;
    final PromptViewModel prompt;
    final ResultsViewModel results;
    final JobsViewModel jobs;
    final SaveViewModel save;
    final ProjectViewModel project;

    DirectWorkbench() {
        this(new ScriptedProvider());
    }

    DirectWorkbench(ScriptedProvider provider) {
        this.provider = provider;
        this.catalog = new FakeCatalog(provider);
        Background direct = new Background(Runnable::run, Runnable::run);
        editor = new EditorViewModel(new ImageLoader(), direct, dialogs, new RecentFiles() {
            @Override
            public List<Path> list() {
                return List.copyOf(recent);
            }

            @Override
            public void add(Path file) {
                recent.remove(file);
                recent.add(0, file);
            }

            @Override
            public void remove(Path file) {
                recent.remove(file);
            }
        });
        queue = new JobQueue(Runnable::run, Runnable::run, clock, clock::advance);
        PromptHistory history = new PromptHistory() {
            @Override
            public List<String> list() {
                return List.copyOf(remembered);
            }

            @Override
            public void add(String p) {
                remembered.add(0, p);
            }
        };
        prompt = new PromptViewModel(editor, queue, direct, dialogs, catalog, history);
        results = new ResultsViewModel(editor, queue, direct);
        jobs = new JobsViewModel(editor, queue);
        save = new SaveViewModel(editor, direct, dialogs);
        project = new ProjectViewModel(editor, prompt, results, queue, direct, dialogs, catalog, clock::instant,
                "Refill test");
    }

    /** Paints a 20x20 square at (left, 40) as one undoable edit. */
    void paintSquare(int left) {
        var session = editor.getSession();
        Mask before = session.document().mask().copy();
        Mask after = before.copy();
        for (int y = 40; y < 60; y++) {
            for (int x = left; x < left + 20; x++) {
                after.set(x, y, 255);
            }
        }
        session.perform(MaskPatchEdit.between("Brush stroke", before, after));
    }

    /** Opens a flat grey 200x100 picture named photo.png. */
    DirectWorkbench openGrey() {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB_PRE);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                img.setRGB(x, y, GREY);
            }
        }
        editor.openImage(() -> img, "photo.png");
        return this;
    }
}
