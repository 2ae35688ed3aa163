package app.refill.ui;

import static app.refill.job.ScriptedProvider.fail;
import static app.refill.job.ScriptedProvider.poll;
import static app.refill.job.ScriptedProvider.progress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.doc.EditorSession;
import app.refill.core.doc.MaskPatchEdit;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import app.refill.job.Job;
import app.refill.job.JobQueue;
import app.refill.job.JobState;
import app.refill.job.ScriptedProvider;
import app.refill.provider.FakeClock;
import app.refill.provider.Progress.Stage;
import app.refill.provider.ProviderException;
import app.refill.ui.ParamForm.Field;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submit, progress, results as layers, compare, keep, discard, failure, cancel, retry, budget: no toolkit. */
class JobFlowViewModelTest {
    private static final int GREY = DirectWorkbench.GREY;
    private final DirectWorkbench bench = new DirectWorkbench();
    private final ScriptedProvider provider = bench.provider;
    private final FakeCatalog catalog = bench.catalog;
    private final ScriptedDialogs dialogs = bench.dialogs;
    private final FakeClock clock = bench.clock;
    private final List<String> remembered = bench.remembered;
    private final EditorViewModel editor = bench.editor;
    private final JobQueue queue = bench.queue;
    private final PromptViewModel prompt = bench.prompt;
    private final ResultsViewModel results = bench.results;
    private final JobsViewModel jobs = bench.jobs;
    private final SaveViewModel save = bench.save;

    @BeforeEach
    void setUp() {
        bench.openGrey();
        prompt.promptProperty().set("a red sofa");
    }

    private EditorSession session() {
        return editor.getSession();
    }

    private void paintSquare() {
        paintSquare(90);
    }

    private void paintSquare(int left) {
        bench.paintSquare(left);
    }

    private int shownPixel(int x, int y) {
        return session().document().image().getRGB(x, y);
    }

    @Test
    void submitWaitsForAMaskAndSaysSo() {
        assertFalse(prompt.canSubmitProperty().get());
        assertTrue(prompt.blockerProperty().get().startsWith("Paint a mask"), prompt.blockerProperty().get());
        paintSquare();
        assertTrue(prompt.canSubmitProperty().get(), prompt.blockerProperty().get());
        assertEquals("Fill · 148 × 100 px sent (0.0 MP) · ≈ $0.05", prompt.summaryProperty().get(),
                "the mask's 20 px plus 64 px of context on each side, the image's full height");
        prompt.submit();
        assertEquals(148, provider.requests.get(0).imageSize().width(), "the summary matches what is sent");
    }

    @Test
    void strokesAfterASubmitNeverReachTheJobAndTheMaskIsCopiedOnAWorker() {
        paintSquare(20);
        Job job = prompt.submit().orElseThrow();
        Mask sent = job.spec().snapshot().mask();
        Mask asSent = sent.copy();
        assertNull(session().document().mask().sharedPixels(),
                "the worker's copy is the mask's own now, so the next stroke copies nothing on the UI thread");
        paintSquare(90);
        assertTrue(sent.sameContent(asSent), "the job's mask is as it was at submit");
        assertFalse(session().document().mask().sameContent(asSent), "the document has the new stroke");
    }

    @Test
    void theSummaryShrinksWhenPartOfTheMaskIsErased() {
        paintSquare(20);
        paintSquare(90);
        String both = prompt.summaryProperty().get();
        Mask before = session().document().mask().copy();
        Mask after = before.copy();
        for (int y = 40; y < 60; y++) {
            for (int x = 20; x < 40; x++) {
                after.set(x, y, 0);
            }
        }
        session().perform(MaskPatchEdit.between("Eraser", before, after));
        assertTrue(both.startsWith("Fill · 174 × 100"), both);
        assertTrue(prompt.summaryProperty().get().startsWith("Fill · 148 × 100"), prompt.summaryProperty().get());
        editor.undo();
        assertEquals(both, prompt.summaryProperty().get(), "and grows back on undo");
    }

    @Test
    void badFieldsAreFlaggedInPlaceAndBlockSubmit() {
        paintSquare();
        prompt.stepsProperty().set("abc");
        assertEquals("\"abc\" is not a whole number.", prompt.problemProperty(Field.STEPS).get());
        assertFalse(prompt.canSubmitProperty().get());
        prompt.stepsProperty().set("99");
        assertEquals("Steps must be 15–50 for Fake.", prompt.problemProperty(Field.STEPS).get());
        assertEquals("Steps must be 15–50 for Fake.", prompt.blockerProperty().get());
        prompt.stepsProperty().set("28");
        prompt.promptProperty().set("  ");
        assertTrue(prompt.problemProperty(Field.PROMPT).get().startsWith("Type a prompt"));
        assertTrue(prompt.submit().isEmpty());
        assertTrue(provider.requests.isEmpty());
    }

    @Test
    void aResultArrivesAsASelectedLayerOverTheOriginal() {
        paintSquare();
        prompt.countProperty().set(3);
        Job job = prompt.submit().orElseThrow();
        assertEquals(JobState.DONE, job.state());
        assertEquals(3, results.layers().size());
        ResultLayer shown = results.selectedProperty().get();
        assertEquals(0, shown.result().index());
        assertEquals(List.of(shown), results.drawn(), "one variation shown at a time");
        assertEquals("a red sofa · seed 1000", shown.name());
        assertEquals(List.of("a red sofa"), remembered);
        assertEquals(GREY, shownPixel(100, 50), "the document itself is untouched until a result is kept");
        assertEquals(List.of(job), jobs.jobs());
    }

    @Test
    void theTintStepsAsideForAnArrivedResultUntilTheUserPaintsAgain() {
        paintSquare();
        List<Boolean> seenByCanvas = new ArrayList<>();
        results.revision().addListener((o, a, b) -> seenByCanvas.add(results.tintSteppedAside()));
        prompt.submit();
        assertTrue(seenByCanvas.get(seenByCanvas.size() - 1), "the canvas's last redraw hides the tint");
        paintSquare(20);
        assertFalse(results.tintSteppedAside(), "painting shows the mask again");
    }

    @Test
    void cycleKeepAndUndo() {
        paintSquare();
        prompt.countProperty().set(3);
        prompt.submit();
        results.cycle(1);
        results.cycle(1);
        results.cycle(1);
        results.cycle(-1);
        ResultLayer shown = results.selectedProperty().get();
        assertEquals(2, shown.result().index(), "Right three times wraps to the first; Left goes to the last");
        BufferedImage original = session().document().image();

        results.keepSelected();
        assertNotSame(original, session().document().image());
        assertEquals(ScriptedProvider.COLOURS[2], shownPixel(100, 50));
        assertEquals(GREY, shownPixel(5, 5));
        assertEquals(0, session().document().mask().get(100, 50), "the next mask starts clear");
        assertFalse(results.isOnCurrentImage(shown));
        assertTrue(results.drawn().isEmpty(), "results of the earlier image are not drawn over the kept one");

        editor.undo();
        assertSame(original, session().document().image());
        assertEquals(255, session().document().mask().get(100, 50), "undo brings the mask back");
        assertEquals(List.of(shown), results.drawn());
    }

    @Test
    void keepingAnExpandGrowsTheCanvas() {
        editor.setFrameSide(Outsets.Side.RIGHT, "64");
        prompt.submit().orElseThrow();
        results.keepSelected();
        assertEquals(264, session().document().image().getWidth());
        assertEquals(Outsets.NONE, session().document().outsets());
        assertEquals(Outsets.NONE, editor.frameProperty().get(), "the frame panel follows the kept canvas");
        assertEquals(new Size(264, 100), editor.imageSizeProperty().get(), "and so does the status bar's size");
        assertEquals(ScriptedProvider.COLOURS[0], shownPixel(250, 50));
        assertEquals(GREY, shownPixel(10, 50));
        String kept = editor.undoLabelProperty().get();
        assertTrue(kept.startsWith("Keep "), "the Edit menu names what Undo takes back: " + kept);
        editor.undo();
        assertEquals(64, editor.frameProperty().get().right(), "and the undo");
        assertEquals(new Size(200, 100), editor.imageSizeProperty().get());
        assertEquals("Undid " + kept + ".", editor.messageProperty().get(), "not 'Kept …' any more");
        assertEquals(kept, editor.redoLabelProperty().get());
        editor.redo();
        assertEquals("Redid " + kept + ".", editor.messageProperty().get());
        assertEquals(new Size(264, 100), editor.imageSizeProperty().get());
    }

    @Test
    void discardMovesOnAndTheJobRestores() {
        paintSquare();
        prompt.countProperty().set(2);
        Job job = prompt.submit().orElseThrow();
        ResultLayer first = results.selectedProperty().get();
        results.discardSelected();
        assertEquals(1, results.selectedProperty().get().result().index());
        results.toggleStar();
        assertTrue(results.selectedProperty().get().starredProperty().get());
        results.restoreDiscarded(job);
        assertFalse(first.discardedProperty().get());
        assertSame(first, results.selectedProperty().get());
    }

    @Test
    void aFailureIsShownWithItsReasonAndRetrySucceeds() {
        paintSquare();
        provider.thenRun(fail(new ProviderException.RateLimited("Fake is busy. Wait a minute and retry.")));
        Job job = prompt.submit().orElseThrow();
        assertEquals(JobState.FAILED, job.state());
        assertEquals("Fake is busy. Wait a minute and retry.", job.failure().orElseThrow());
        assertEquals("Job 1 failed: Fake is busy. Wait a minute and retry.", editor.messageProperty().get(),
                "the status line no longer says the job was sent");
        assertTrue(results.layers().isEmpty());
        jobs.retry(job);
        assertEquals(JobState.DONE, job.state());
        assertEquals(1, results.layers().size());
    }

    @Test
    void cancelWhilePollingFromTheJobsPanel() {
        paintSquare();
        provider.thenRun(progress(Stage.QUEUED, -1, 3), poll(), ctx -> jobs.cancel(jobs.jobs().get(0)), poll());
        Job job = prompt.submit().orElseThrow();
        assertEquals(JobState.CANCELLED, job.state());
        assertTrue(results.layers().isEmpty());
        assertEquals(0, prompt.spentProperty().get(), 1e-9, "a cancelled job is not counted");
    }

    @Test
    void aSubmitPastTheBudgetAsksFirst() {
        paintSquare();
        prompt.budgetProperty().set(0.08);
        prompt.submit().orElseThrow();
        assertEquals(0.05, prompt.spentProperty().get(), 1e-9);
        dialogs.confirmAnswer = false;
        assertTrue(prompt.submit().isEmpty());
        assertTrue(dialogs.questions.get(0).contains("past its budget of $0.08"), dialogs.questions.toString());
        assertEquals(1, provider.requests.size());
        dialogs.confirmAnswer = true;
        assertTrue(prompt.submit().isPresent());
        assertEquals(0.10, prompt.spentProperty().get(), 1e-9);
    }

    @Test
    void aProviderWithoutAKeyCannotSubmitUntilOneIsSaved() throws Exception {
        paintSquare();
        prompt.providerProperty().set(prompt.providers().get(2));
        assertEquals("Fake has no key. Add one in Settings (Ctrl+,), or choose Local.", prompt.blockerProperty().get());
        catalog.saveKey("keyless", "k");
        prompt.reloadProviders();
        assertEquals("keyless", prompt.providerProperty().get().id());
        assertTrue(prompt.canSubmitProperty().get(), prompt.blockerProperty().get());
    }

    @Test
    void localSaysItIgnoresThePromptAndNeedsNone() {
        paintSquare();
        prompt.providerProperty().set(prompt.providers().get(0));
        prompt.promptProperty().set("");
        assertTrue(prompt.canSubmitProperty().get(), prompt.blockerProperty().get());
        assertTrue(prompt.providerNoteProperty().get().contains("prompt is ignored"));
        assertTrue(prompt.summaryProperty().get().endsWith("free"));
    }

    @Test
    void reuseSeedFixesIt() {
        prompt.reuseSeed(1234);
        assertFalse(prompt.randomSeedProperty().get());
        assertEquals("1234", prompt.seedProperty().get());
        paintSquare();
        prompt.submit();
        assertEquals(1234L, provider.requests.get(0).params().seed());
    }

    @Test
    void exportWritesEveryVariationNamedByTheTemplateWithItsParameters(@TempDir Path out) throws Exception {
        paintSquare();
        prompt.countProperty().set(2);
        Job job = prompt.submit().orElseThrow();
        save.exportJob(job, out);
        for (int i = 0; i < 2; i++) {
            Path f = out.resolve("photo-fake-100" + i + ".png");
            assertEquals(ScriptedProvider.COLOURS[i], ImageIO.read(f.toFile()).getRGB(100, 50), f.toString());
            String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertTrue(raw.contains("a red sofa") && raw.contains("Seed: 100" + i) && raw.contains("Source: photo.png"));
        }
        save.templateProperty().set("{name}: {provider}");
        save.exportJob(job, out);
        assertTrue(Files.exists(out.resolve("photo_ fake-1.png")) && Files.exists(out.resolve("photo_ fake-2.png")),
                "without {seed} or {index} the variations are numbered; ':' cannot be in a file name");
    }

    @Test
    void savingNeedsAKnownExtensionAndKeepsTheImage(@TempDir Path out) throws Exception {
        paintSquare();
        assertTrue(editor.dirtyProperty().get());
        save.save(out.resolve("photo.bmp"));
        assertTrue(editor.dirtyProperty().get(), "nothing was saved");
        assertTrue(dialogs.errors.get(0).contains("use .png, .jpg, .webp or .tif"), dialogs.errors.toString());
        save.save(out.resolve("photo.jpg"));
        assertEquals(200, ImageIO.read(out.resolve("photo.jpg").toFile()).getWidth());
        assertFalse(editor.dirtyProperty().get(), "saved");
    }

    @Test
    void settingsTestsATypedKeyOrTheKeyInEffectWithoutGeneratingAnything() {
        List<String> answers = new ArrayList<>();
        prompt.testKey("keyless", "", answers::add);
        assertEquals(List.of("Testing…", "There is no key to test yet: paste one first."), answers);
        answers.clear();
        prompt.testKey("fake", "", answers::add);
        assertEquals("Fake accepted the key.", answers.get(1));
        provider.refuseKeys = true;
        answers.clear();
        prompt.testKey("fake", "typed-key", answers::add);
        assertEquals("Fake refused the key (401). Check it in Settings.", answers.get(1));
        assertEquals(0, provider.requests.size(), "a key check runs no job");
        assertTrue(catalog.saved.isEmpty(), "testing never saves the key");
    }

    @Test
    void aPreviewIsDrawnUntilTheJobEndsAndProgressAloneDoesNotRedraw() {
        paintSquare();
        long[] ticks = new long[3];
        List<Integer> previewsShown = new java.util.ArrayList<>();
        provider.thenRun(ctx -> {
            java.awt.image.BufferedImage rough = new java.awt.image.BufferedImage(4, 4,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
            ctx.preview(rough);
            previewsShown.add(results.drawnPreviews().size());
            ticks[0] = results.revision().get();
            ctx.progress(new app.refill.provider.Progress(app.refill.provider.Progress.Stage.GENERATING, 0.5, -1));
            ctx.progress(new app.refill.provider.Progress(app.refill.provider.Progress.Stage.GENERATING, 0.8, -1));
            ticks[1] = results.revision().get();
            ctx.preview(rough);
            ticks[2] = results.revision().get();
        });
        prompt.submit().orElseThrow();
        assertEquals(List.of(1), previewsShown, "the preview is drawn while the job runs");
        assertEquals(ticks[0], ticks[1], "progress reports alone do not redraw the canvas");
        assertTrue(ticks[2] > ticks[1], "a newer preview does");
        assertTrue(results.drawnPreviews().isEmpty(), "and it is gone once the results are in");
    }
}
