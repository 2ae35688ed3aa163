package app.refill.app;

import app.refill.cli.RefillCli;
import javafx.application.Application;

/**
 * Entry point of refill.jar. Not an {@link Application} subclass on purpose: launching one directly from the
 * class path fails with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    /** {@code refill fill|expand ...} runs the command line; anything else (or nothing) opens the editor. */
    public static void main(String[] args) {
        if (args.length > 0 && RefillCli.COMMANDS.contains(args[0])) {
            RefillCli.main(args);
            return;
        }
        Application.launch(RefillApp.class, args);
    }
}
