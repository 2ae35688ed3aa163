package app.refill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.job.JobState;
import app.refill.ui.EditorFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstJobRehearsalTest {
    @TempDir
    Path dir;

    @Test
    void runsTwoWholeJobsOnABackgroundThread() throws Exception {
        CompletableFuture<FirstJobRehearsal.Outcome> outcome = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                outcome.complete(FirstJobRehearsal.run());
            } catch (Throwable e) {
                outcome.completeExceptionally(e);
            }
        });
        t.start();
        FirstJobRehearsal.Outcome o = outcome.get(30, TimeUnit.SECONDS);
        assertEquals(List.of(JobState.DONE, JobState.DONE), o.jobs(), "both jobs ran to the end");
        assertEquals(2, o.layers(), "each left its result as a layer");
        assertTrue(o.complete());
        assertFalse(new FirstJobRehearsal.Outcome(List.of(JobState.DONE, JobState.FAILED), 1).complete(),
                "a failed job is no complete rehearsal");
    }

    @Test
    void theEditorRehearsesAtStartAndKeepsNoTraceOfIt() throws Exception {
        Path config = dir.resolve("config");
        awaitRehearsals(); // an earlier test's editor may still be rehearsing
        int before = FirstJobRehearsal.completed();
        EditorFixture fx = new EditorFixture(config);
        try {
            awaitRehearsals();
            assertEquals(before + 1, FirstJobRehearsal.completed(), "the editor's start ran one whole rehearsal");
            CompletableFuture<Void> checked = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    assertEquals(List.of(), fx.app.jobQueue().jobs(), "no job in the real queue");
                    assertEquals(List.of(), fx.app.workbench().results().layers(), "no result layer");
                    assertTrue(fx.app.workbench().prompt().pastPrompts().isEmpty(), "no past prompt");
                    assertTrue(fx.vm().recentFiles().isEmpty(), "no recent file");
                    assertNull(fx.session(), "no picture open");
                    checked.complete(null);
                } catch (Throwable e) {
                    checked.completeExceptionally(e);
                }
            });
            checked.get(10, TimeUnit.SECONDS);
            assertTrue(Files.notExists(config.resolve("prompts.txt")), "no prompt written");
            assertTrue(Files.notExists(config.resolve("recent-files.txt")), "no recent file written");
        } finally {
            fx.close();
        }
    }

    private static void awaitRehearsals() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("refill-worker-rehearsal")) {
                t.join(30_000);
            }
        }
    }
}
