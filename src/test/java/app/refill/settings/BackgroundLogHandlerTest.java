package app.refill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Logging never waits for the disk: records queue up while the file is slow and are all written on close. */
class BackgroundLogHandlerTest {
    /** A target whose writes wait until released, like a file on a stalled disk. */
    private static final class SlowTarget extends Handler {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> written = new CopyOnWriteArrayList<>();
        volatile boolean closed;

        @Override
        public void publish(LogRecord r) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void publishReturnsWhileTheTargetIsStuckAndCloseWritesEverythingInOrder() throws Exception {
        SlowTarget target = new SlowTarget();
        BackgroundLogHandler h = new BackgroundLogHandler(target);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 3; i++) {
                h.publish(new LogRecord(Level.INFO, "line " + i));
            }
        }, "publish waited for the target");
        target.entered.await();
        assertTrue(target.written.isEmpty());
        target.release.countDown();
        h.close();
        assertEquals(List.of("line 0", "line 1", "line 2"), target.written);
        assertTrue(target.closed);
        h.publish(new LogRecord(Level.INFO, "after close"));
        assertEquals(3, target.written.size());
    }

    @Test
    void aWriterFarBehindDropsTheNewestRecordsInsteadOfBlocking() throws Exception {
        SlowTarget target = new SlowTarget();
        BackgroundLogHandler h = new BackgroundLogHandler(target);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            h.publish(new LogRecord(Level.INFO, "first"));
            target.entered.await();
            for (int i = 0; i < BackgroundLogHandler.CAPACITY + 4; i++) {
                h.publish(new LogRecord(Level.INFO, "more " + i));
            }
        }, "publish blocked on a full queue");
        assertEquals(4, h.dropped());
        target.release.countDown();
        h.close();
        assertEquals(BackgroundLogHandler.CAPACITY + 1, target.written.size());
        assertEquals("more " + (BackgroundLogHandler.CAPACITY - 1), target.written.get(target.written.size() - 1));
    }
}
