package app.refill.settings;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Hands log records to another handler on a thread of its own. Refill logs from the UI thread (a job that
 * finished, a status message), and a file handler writes and flushes every record there: 5-10 ms of disk
 * per line in the middle of a frame. Records wait in memory (at most {@link #CAPACITY}; beyond that the
 * newest are dropped and counted rather than blocking the caller) and are written in order. {@link #close}
 * writes what is waiting, then closes the file.
 */
final class BackgroundLogHandler extends Handler {
    static final int CAPACITY = 10_000;
    private static final LogRecord CLOSE = new LogRecord(Level.OFF, "close");

    private final Handler target;
    private final BlockingQueue<LogRecord> waiting = new LinkedBlockingQueue<>(CAPACITY);
    private final Thread writer;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    BackgroundLogHandler(Handler target) {
        this.target = target;
        writer = new Thread(this::drain, "refill-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void publish(LogRecord r) {
        if (closed || r == null) {
            return;
        }
        if (!waiting.offer(r)) {
            dropped.incrementAndGet();
        }
    }

    private void drain() {
        try {
            for (LogRecord r = waiting.take(); r != CLOSE; r = waiting.take()) {
                target.publish(r);
                if (waiting.isEmpty()) {
                    target.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records dropped because the writer fell {@link #CAPACITY} records behind. */
    long dropped() {
        return dropped.get();
    }

    /** Returns at once; the writer flushes whenever it has caught up. */
    @Override
    public void flush() {
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            waiting.put(CLOSE);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        target.close();
    }
}
