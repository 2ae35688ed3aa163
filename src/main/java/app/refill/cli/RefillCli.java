package app.refill.cli;

import app.refill.core.geom.Outsets;
import app.refill.core.image.Mask;
import app.refill.core.image.io.LoadedImage;
import app.refill.provider.BasicJobContext;
import app.refill.provider.ProviderRegistry;
import app.refill.provider.http.Transport;
import app.refill.settings.AppDirs;
import app.refill.settings.AppInfo;
import app.refill.settings.KeyFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code refill} command line over the same core and providers as the editor. Exit codes: 0 done, 2 bad
 * input found before any network call, 3 the provider refused, 4 gave up after retries, 130 cancelled.
 */
@Command(name = "refill", mixinStandardHelpOptions = true, versionProvider = RefillCli.Version.class,
        description = "Refill: AI inpainting and outpainting. Without a command, opens the editor.")
public final class RefillCli {
    public static final Set<String> COMMANDS = Set.of("fill", "expand", "--help", "-h", "--version", "-V");

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean handleCtrlC;
    private final CountDownLatch finished = new CountDownLatch(1);

    RefillCli(Map<String, String> env, PrintStream out, PrintStream err, boolean handleCtrlC) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.handleCtrlC = handleCtrlC;
    }

    /** Runs a command line and returns its exit code (tests call this; {@link #main} exits with it). */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return new RefillCli(env, out, err, false).commandLine().execute(args);
    }

    public static void main(String[] args) {
        RefillCli cli = new RefillCli(System.getenv(), System.out, System.err, true);
        int code = cli.commandLine().execute(args);
        cli.finished.countDown();
        System.exit(code);
    }

    CommandLine commandLine() {
        CommandLine cl = new CommandLine(this);
        cl.addSubcommand("fill", new FillCommand(this));
        cl.addSubcommand("expand", new ExpandCommand(this));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("refill: " + ex.getMessage() + " (see refill " + (ex.getCommandLine().getCommandName()) + " --help)");
            return CliFailure.BAD_INPUT;
        });
        return cl;
    }

    /** What a command prepared before the network part. */
    record Job(GenerationOptions options, LoadedImage image, Mask mask, Outsets outsets) {
    }

    interface Preparation {
        Job prepare(GenerationRun run) throws CliFailure;
    }

    int execute(Preparation preparation) {
        GenerationRun run = new GenerationRun(new ProviderRegistry(env, savedKeys(), Transport.standard()), out, err);
        java.util.concurrent.atomic.AtomicReference<BasicJobContext> ctx = new java.util.concurrent.atomic.AtomicReference<>();
        Thread hook = null;
        if (handleCtrlC) {
            hook = new Thread(() -> {
                BasicJobContext c = ctx.get();
                if (c != null) {
                    c.cancel();
                }
                try {
                    finished.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "refill-cancel");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try {
            Job job = preparation.prepare(run);
            run.run(job.options(), job.image(), job.mask(), job.outsets(), ctx::set);
            return 0;
        } catch (CliFailure f) {
            err.println("refill: " + f.getMessage());
            return f.code();
        } finally {
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl+C: the hook is running and waits for us to finish
                }
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.nameAndVersion()};
        }
    }

    /** Keys entered in the editor's Settings; an unreadable file is reported and the environment still works. */
    private Map<String, String> savedKeys() {
        KeyFile file = new KeyFile(AppDirs.configDir(env));
        try {
            return file.load();
        } catch (IOException | IllegalArgumentException e) {
            err.println("refill: could not read the saved keys in " + file.path() + " (" + e.getMessage()
                    + "); using keys from the environment only.");
            return Map.of();
        }
    }
}
