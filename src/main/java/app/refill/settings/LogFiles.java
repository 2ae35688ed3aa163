package app.refill.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Refill's log: {@code refill-0.log} (newest) to {@code refill-4.log} in the log folder, 1 MB each, rotated by
 * java.util.logging's FileHandler. Every line passes through a redactor that blanks any API key Refill knows
 * of (from the environment or Settings), so a key that slipped into an exception message never reaches disk.
 * Lines are written on a thread of their own ({@link BackgroundLogHandler}), never on the caller's.
 */
public final class LogFiles {
    public static final String ROOT = "app.refill";
    static final int LIMIT_BYTES = 1 << 20;
    static final int COUNT = 5;

    private LogFiles() {
    }

    /** Starts logging {@code app.refill} to {@code dir}; returns the handler (tests close it). */
    public static Handler install(Path dir, Supplier<Collection<String>> secrets) throws IOException {
        return install(dir, secrets, LIMIT_BYTES);
    }

    static Handler install(Path dir, Supplier<Collection<String>> secrets, int limitBytes) throws IOException {
        Files.createDirectories(dir);
        FileHandler h = new FileHandler(dir.resolve("refill-%g.log").toString(), limitBytes, COUNT, true);
        h.setEncoding("UTF-8");
        h.setFormatter(new Redacting(secrets));
        Handler async = new BackgroundLogHandler(h);
        Logger root = Logger.getLogger(ROOT);
        root.setLevel(Level.INFO);
        // the file is the log: the console handler would print the same lines without the redactor
        root.setUseParentHandlers(false);
        root.addHandler(async);
        return async;
    }

    /** One line per record: time, level, logger, message, and the stack trace of an exception. */
    static final class Redacting extends Formatter {
        private final Supplier<Collection<String>> secrets;

        Redacting(Supplier<Collection<String>> secrets) {
            this.secrets = secrets;
        }

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder();
            b.append(Instant.ofEpochMilli(r.getMillis())).append(' ').append(r.getLevel()).append(' ')
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                var sw = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(sw));
                b.append(sw);
            }
            return redact(b.toString(), secrets.get());
        }

        static String redact(String line, Collection<String> keys) {
            String out = line;
            for (String k : keys == null ? List.<String>of() : keys) {
                if (k != null && k.length() >= 4) {
                    out = out.replace(k, "[key removed]");
                }
            }
            return out;
        }
    }
}
