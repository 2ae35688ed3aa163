package app.refill.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs disk and whole-image work on a worker executor and hands the result back on the UI executor. Both are
 * injected: the app passes a thread pool and {@code Platform::runLater}; tests can pass direct executors.
 * {@link #busyProperty()} is true while any task runs (UI thread only).
 */
public final class Background {
    private final Executor worker;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public Background(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        running++;
        busy.set(true);
        runUnseen(work, result -> finish(() -> onSuccess.accept(result)), e -> finish(() -> onFailure.accept(
                e instanceof Exception ex ? ex : new IllegalStateException(
                        "Refill ran out of memory. Close other documents or start it with more memory.", e))));
    }

    /**
     * Runs work the user did not ask for and need not wait for (display copies of an image): the busy
     * indicator stays as it is, and a failure (memory, most likely) only means the work's result is missing,
     * so it is passed on but never shown as an error by this class.
     */
    public <T> void runUnseen(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | OutOfMemoryError e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    /** Runs work on the UI executor (for callers that are on a worker). */
    public void onUi(Runnable r) {
        ui.execute(r);
    }

    private void finish(Runnable r) {
        try {
            r.run();
        } finally {
            running--;
            busy.set(running > 0);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
