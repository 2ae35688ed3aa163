package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.Outsets;
import app.refill.core.image.io.ArgbPixels;
import app.refill.job.Job;
import app.refill.job.JobState;
import app.refill.provider.ProviderException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save a session as a .refill project and pick it up in a fresh editor exactly as it was. */
class ProjectViewModelTest {
    @TempDir
    Path dir;

    private final DirectWorkbench before = new DirectWorkbench().openGrey();

    {
        before.prompt.promptProperty().set("a red sofa");
    }

    /** Two jobs (one with two variations, one failed), a starred, a discarded and a selected layer. */
    private Path saveASession() {
        before.paintSquare(20);
        before.prompt.promptProperty().set("a red sofa");
        before.prompt.countProperty().set(2);
        Job first = before.prompt.submit().orElseThrow();
        before.provider.thenRun(app.refill.job.ScriptedProvider.fail(
                new ProviderException.RateLimited("fake is busy. Wait a minute, then retry.")));
        before.paintSquare(120);
        before.prompt.promptProperty().set("a lamp");
        before.prompt.countProperty().set(1);
        Job second = before.prompt.submit().orElseThrow();
        assertEquals(JobState.DONE, first.state());
        assertEquals(JobState.FAILED, second.state());
        List<ResultLayer> layers = before.results.layers();
        ResultLayer a = layers.stream().filter(l -> l.result().index() == 0).findFirst().orElseThrow();
        ResultLayer b = layers.stream().filter(l -> l.result().index() == 1).findFirst().orElseThrow();
        before.results.show(b);
        before.results.toggleStar();
        a.opacityProperty().set(0.4);
        before.results.modeProperty().set(CompareMode.SPLIT);
        before.results.splitProperty().set(0.3);
        before.prompt.promptProperty().set("a lamp, warm light");
        before.dialogs.projectAnswer = dir.resolve("sofa");
        before.project.saveAs();
        assertEquals(List.of(), before.dialogs.errors);
        return dir.resolve("sofa.refill");
    }

    @Test
    void aSavedSessionOpensInAFreshEditorExactlyAsItWas() {
        Path file = saveASession();
        assertTrue(Files.isRegularFile(file), "the .refill extension is added");
        assertFalse(before.editor.dirtyProperty().get(), "saving the project saves the work");

        DirectWorkbench after = new DirectWorkbench();
        after.editor.open(file);
        assertEquals(List.of(), after.dialogs.errors);

        var doc = after.editor.getSession().document();
        var was = before.editor.getSession().document();
        assertEquals("photo.png", doc.name());
        assertArrayEquals(ArgbPixels.of(was.image()), ArgbPixels.of(doc.image()));
        assertArrayEquals(was.mask().raw(), doc.mask().raw(), "both painted squares");
        assertFalse(after.editor.dirtyProperty().get());
        assertEquals("Opened project sofa.refill: 200 x 100 px, 2 jobs.", after.editor.messageProperty().get());
        assertEquals(file, after.recent.get(0), "the project is in Open Recent");

        List<Job> jobs = after.queue.jobs();
        assertEquals(List.of(JobState.DONE, JobState.FAILED), jobs.stream().map(Job::state).toList());
        assertEquals("fake is busy. Wait a minute, then retry.", jobs.get(1).failure().orElseThrow());
        assertEquals("a red sofa", jobs.get(0).spec().params().prompt());
        assertSame(doc.image(), jobs.get(0).spec().snapshot().image(), "the results sit over the current image");
        assertTrue(jobs.get(0).thumbnail().isPresent());

        List<ResultLayer> layers = after.results.layers();
        assertEquals(2, layers.size());
        ResultLayer a = layers.stream().filter(l -> l.result().index() == 0).findFirst().orElseThrow();
        ResultLayer b = layers.stream().filter(l -> l.result().index() == 1).findFirst().orElseThrow();
        assertSame(b, after.results.selectedProperty().get());
        assertTrue(b.starredProperty().get());
        assertTrue(b.visibleProperty().get());
        assertFalse(a.visibleProperty().get());
        assertEquals(0.4, a.opacityProperty().get());
        ResultLayer wasB = before.results.selectedProperty().get();
        assertArrayEquals(wasB.result().pasted().pixels(), b.result().pasted().pixels());
        assertEquals(List.of(b), after.results.drawn());
        assertEquals(CompareMode.SPLIT, after.results.modeProperty().get());
        assertEquals(0.3, after.results.splitProperty().get());
        assertEquals("a lamp, warm light", after.prompt.promptProperty().get());
        assertTrue(after.prompt.canSubmitProperty().get(), "the reopened mask can be submitted at once: "
                + after.prompt.blockerProperty().get());
        assertTrue(after.prompt.summaryProperty().get().startsWith("Fill"), after.prompt.summaryProperty().get());

        after.results.keepSelected();
        assertArrayEquals(ArgbPixels.of(wasB.result().pasted().compose(wasB.job().spec().snapshot())),
                ArgbPixels.of(after.editor.getSession().document().image()), "keeping the reopened layer applies it");
        assertEquals(0, after.provider.requests.size(), "reopening sends nothing");
    }

    @Test
    void aRestoredJobRetriesWithTheProviderAsItIsNow() {
        Path file = saveASession();
        DirectWorkbench after = new DirectWorkbench();
        after.editor.open(file);
        Job failed = after.queue.jobs().get(1);
        after.jobs.retry(failed);
        assertEquals(JobState.DONE, failed.state(), failed.failure().orElse(""));
        assertEquals(1, after.provider.requests.size(), "sent to this session's provider");
        assertEquals("a lamp", after.provider.requests.get(0).params().prompt());
        assertEquals(3, after.results.layers().size());
    }

    @Test
    void aRestoredJobWhoseProviderHasNoKeySaysSoAndRunsOnceTheKeyIsSaved() {
        before.prompt.providerProperty().set(before.prompt.providers().stream()
                .filter(p -> p.id().equals("keyless")).findFirst().orElseThrow());
        before.catalog.saveKey("keyless", "k");
        before.prompt.reloadProviders();
        before.paintSquare(20);
        before.catalog.keyless.thenRun(app.refill.job.ScriptedProvider.fail(
                new ProviderException.ServerFailed("keyless had a server error. Retry the job.")));
        Job job = before.prompt.submit().orElseThrow();
        assertEquals("keyless", job.spec().provider().id());
        assertEquals(JobState.FAILED, job.state());
        before.dialogs.projectAnswer = dir.resolve("keyless.refill");
        before.project.saveAs();

        DirectWorkbench after = new DirectWorkbench();
        after.editor.open(dir.resolve("keyless.refill"));
        Job restored = after.queue.jobs().get(0);
        after.jobs.retry(restored);
        assertEquals(JobState.FAILED, restored.state());
        assertEquals("Fake has no key. Add one in Settings (Ctrl+,), then retry the job.",
                restored.failure().orElseThrow());
        after.catalog.saveKey("keyless", "k");
        after.jobs.retry(restored);
        assertEquals(JobState.DONE, restored.state(), restored.failure().orElse(""));
    }

    @Test
    void aKeptExpandAndItsFrameComeBack() {
        before.editor.setFrameSide(Outsets.Side.RIGHT, "64");
        before.prompt.submit().orElseThrow();
        before.results.keepSelected();
        var kept = before.editor.getSession().document();
        assertEquals(264, kept.size().width());
        before.dialogs.projectAnswer = dir.resolve("wide.refill");
        before.project.saveAs();

        DirectWorkbench after = new DirectWorkbench();
        after.editor.open(dir.resolve("wide.refill"));
        var doc = after.editor.getSession().document();
        assertEquals(kept.size(), doc.size());
        assertEquals(kept.generation(), doc.generation(), "the kept result's parameters go on into saved images");
        assertEquals(kept.outsets(), after.editor.frameProperty().get());
        Job job = after.queue.jobs().get(0);
        assertFalse(after.results.isOnCurrentImage(after.results.layers().get(0)),
                "the expand's result belongs to the image before the keep");
        assertEquals(200, job.spec().snapshot().image().getWidth());

        after.dialogs.projectAnswer = dir.resolve("wide-again.refill");
        after.project.saveAs();
        DirectWorkbench again = new DirectWorkbench();
        again.editor.open(dir.resolve("wide-again.refill"));
        assertEquals(1, again.queue.jobs().size(), "a job on the image before the keep still belongs to the picture");
    }

    @Test
    void jobsOfAnotherPictureWithTheSameNameStayOutOfTheProject() {
        before.paintSquare(20);
        before.prompt.submit().orElseThrow();
        before.openGrey();
        before.paintSquare(60);
        before.prompt.submit().orElseThrow();
        assertEquals(2, before.queue.jobs().size());
        before.dialogs.projectAnswer = dir.resolve("second.refill");
        before.project.saveAs();

        DirectWorkbench after = new DirectWorkbench();
        after.editor.open(dir.resolve("second.refill"));
        assertEquals(1, after.queue.jobs().size(), "both pictures are called photo.png; only this one's job is saved");
        assertEquals(60, after.queue.jobs().get(0).spec().snapshot().mask().coveredBounds().x());
    }

    @Test
    void aDamagedProjectLeavesTheOpenPictureAsItWas() throws Exception {
        Path bad = dir.resolve("bad.refill");
        Files.writeString(bad, "not a zip");
        var session = before.editor.getSession();
        before.editor.open(bad);
        assertSame(session, before.editor.getSession());
        assertEquals(1, before.dialogs.errors.size());
        assertTrue(before.dialogs.errors.get(0).startsWith("Can't open the project: Can't open bad.refill as a Refill project"),
                before.dialogs.errors.get(0));
    }
}
