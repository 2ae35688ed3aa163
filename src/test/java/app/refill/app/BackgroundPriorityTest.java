package app.refill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class BackgroundPriorityTest {
    private final List<Long> lowered = new ArrayList<>();

    private static void thread(Path tasks, long tid, String comm) throws IOException {
        Files.createDirectories(tasks.resolve(String.valueOf(tid)));
        Files.writeString(tasks.resolve(tid + "/comm"), comm + "\n");
    }

    private BackgroundPriority priority(Path tasks, boolean succeeds) {
        return new BackgroundPriority(tasks, BackgroundPriority.BACKGROUND, tid -> {
            lowered.add(tid);
            return succeeds;
        });
    }

    @Test
    void lowersBackgroundThreadsOnceEachAndLeavesTheUiAlone(@TempDir Path tasks) throws Exception {
        thread(tasks, 100, "JavaFX Applicat");
        thread(tasks, 101, "refill-job-3");
        thread(tasks, 102, "ForkJoinPool.co");
        thread(tasks, 103, "C2 CompilerThre");
        thread(tasks, 104, "QuantumRenderer");
        thread(tasks, 105, "refill-log-writ");
        BackgroundPriority p = priority(tasks, true);
        assertEquals(3, p.scan());
        assertEquals(List.of(101L, 102L, 103L), lowered.stream().sorted().toList());
        assertEquals(0, p.scan(), "each thread once");
        thread(tasks, 106, "refill-worker-1");
        assertEquals(1, p.scan(), "a new pool thread is found by the next scan");
        assertEquals(106L, lowered.get(lowered.size() - 1));
    }

    @Test
    void aThreadIdGivenToANewThreadIsLoweredAgain(@TempDir Path tasks) throws Exception {
        thread(tasks, 101, "refill-job-3");
        BackgroundPriority p = priority(tasks, true);
        p.scan();
        Files.delete(tasks.resolve("101/comm"));
        Files.delete(tasks.resolve("101"));
        p.scan();
        thread(tasks, 101, "refill-job-9");
        assertEquals(1, p.scan());
    }

    @Test
    void stopsTryingWhenReniceFailsForALiveThread(@TempDir Path tasks) throws Exception {
        thread(tasks, 101, "refill-job-3");
        thread(tasks, 102, "refill-job-4");
        BackgroundPriority p = priority(tasks, false);
        assertEquals(0, p.scan());
        assertEquals(1, lowered.size(), "no second try after the first failure");
        thread(tasks, 103, "refill-job-5");
        assertEquals(0, p.scan());
        assertEquals(1, lowered.size());
    }

    @Test
    void aThreadThatEndedBeforeItsReniceDoesNotStopTheOthers(@TempDir Path tasks) throws Exception {
        thread(tasks, 101, "refill-job-3");
        thread(tasks, 102, "refill-job-4");
        BackgroundPriority p = new BackgroundPriority(tasks, BackgroundPriority.BACKGROUND, tid -> {
            lowered.add(tid);
            if (tid == 101) {
                Files.delete(tasks.resolve("101/comm"));
                Files.delete(tasks.resolve("101"));
                return false;
            }
            return true;
        });
        assertEquals(1, p.scan());
        assertEquals(List.of(101L, 102L), lowered.stream().sorted().toList());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aRealThreadGetsNice19() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            started.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "refill-prio-test");
        t.setDaemon(true);
        t.start();
        started.await();
        try {
            Optional<BackgroundPriority> p = BackgroundPriority.forThisProcess(List.of("refill-prio-te"));
            assertTrue(p.isPresent());
            assertEquals(1, p.get().scan());
            assertEquals(BackgroundPriority.NICE, niceOf("refill-prio-tes"));
        } finally {
            done.countDown();
        }
    }

    /** The nice value (field 19 of stat) of this process's thread named {@code comm}. */
    private static int niceOf(String comm) throws IOException {
        try (var s = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : s.toList()) {
                if (Files.readString(t.resolve("comm")).strip().equals(comm)) {
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return Integer.parseInt(f[19 - 3]);
                }
            }
        }
        throw new AssertionError("no thread " + comm);
    }
}
