package app.refill.app;

import javafx.application.Application;

/**
 * Entry point of refill.jar. Not an {@link Application} subclass on purpose: launching one directly from the
 * class path fails with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(RefillApp.class, args);
    }
}
