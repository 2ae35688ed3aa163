package app.refill.ui;

import app.refill.core.doc.Document;
import app.refill.core.doc.EditorSession;
import app.refill.core.geom.PixelRect;
import app.refill.core.plan.DocumentSnapshot;
import app.refill.core.plan.PlanException;
import app.refill.core.plan.PlanSummary;
import app.refill.core.plan.RequestPlanner;
import app.refill.job.Job;
import app.refill.job.JobQueue;
import app.refill.job.JobSpec;
import app.refill.job.JobState;
import app.refill.provider.BasicJobContext;
import app.refill.provider.ImageProvider;
import app.refill.provider.ProviderException;
import app.refill.provider.http.Sleeper;
import app.refill.provider.OutputFormat;
import app.refill.provider.ProviderInfo;
import app.refill.provider.ProviderSet;
import app.refill.ui.ParamForm.Field;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The prompt and parameters panel: which provider, what to ask, what will be sent and what it costs, and
 * whether Submit can go (and if not, why). Submit snapshots the document and queues a job; the editor stays
 * free. UI thread only; providers, keys and prompt history are read and written on workers.
 */
public final class PromptViewModel {
    private static final Duration KEY_CHECK_TIMEOUT = Duration.ofSeconds(30);
    /** A whole job (upload, queue, generation, download) must finish within this. */
    static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);

    private final EditorViewModel editor;
    private final JobQueue queue;
    private final Background background;
    private final UserDialogs dialogs;
    private final ProviderCatalog catalog;
    private final PromptHistory history;
    private final MaskBounds maskBounds;

    private ProviderSet providerSet;
    private final ObservableList<ProviderInfo> providers = FXCollections.observableArrayList();
    private final ObjectProperty<ProviderInfo> provider = new SimpleObjectProperty<>();
    private final StringProperty prompt = new SimpleStringProperty("");
    private final ObservableList<String> pastPrompts = FXCollections.observableArrayList();
    private final BooleanProperty randomSeed = new SimpleBooleanProperty(true);
    private final StringProperty seed = new SimpleStringProperty("");
    private final StringProperty steps = new SimpleStringProperty("");
    private final StringProperty guidance = new SimpleStringProperty("");
    private final StringProperty safety = new SimpleStringProperty("");
    private final BooleanProperty upsampling = new SimpleBooleanProperty(false);
    private final IntegerProperty count = new SimpleIntegerProperty(1);
    private final ObjectProperty<OutputFormat> format = new SimpleObjectProperty<>(OutputFormat.PNG);
    private final DoubleProperty budget = new SimpleDoubleProperty(0);
    private final ReadOnlyDoubleWrapper spent = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper blocker = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper providerNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(false);
    private final Map<Field, ReadOnlyStringWrapper> fieldProblems = new EnumMap<>(Field.class);
    private ParamForm.Checked checked;
    private PlanSummary plan;
    private double estimate;

    public PromptViewModel(EditorViewModel editor, JobQueue queue, Background background, UserDialogs dialogs,
            ProviderCatalog catalog, PromptHistory history) {
        this.editor = editor;
        this.queue = queue;
        this.background = background;
        this.dialogs = dialogs;
        this.catalog = catalog;
        this.history = history;
        this.maskBounds = new MaskBounds(background);
        for (Field f : Field.values()) {
            fieldProblems.put(f, new ReadOnlyStringWrapper(""));
        }
        editor.sessionProperty().subscribe(maskBounds::follow);
        Observable[] inputs = {provider, prompt, randomSeed, seed, steps, guidance, safety, upsampling, count, format,
            maskBounds.property(), editor.frameProperty(), editor.sessionProperty(), budget, spent};
        for (Observable o : inputs) {
            o.addListener(x -> revalidate());
        }
        queue.addListener(e -> spent.set(queue.jobs().stream().mapToDouble(PromptViewModel::committed).sum()));
        reloadProviders();
        background.run(history::list, pastPrompts::setAll, e -> { });
        revalidate();
    }

    /** What a job counts against the budget: its cost when done, its estimate while it may still be charged. */
    private static double committed(Job j) {
        return j.state() == JobState.DONE ? j.costUsd() : j.state().isFinished() ? 0 : j.estimateUsd();
    }

    /** Reads keys again (after Settings changed them) and keeps the chosen provider if it is still there. */
    public void reloadProviders() {
        background.run(catalog::load, set -> {
            providerSet = set;
            String keep = provider.get() == null ? set.defaultProvider() : provider.get().id();
            List<ProviderInfo> list = set.list();
            providers.setAll(list);
            provider.set(list.stream().filter(p -> p.id().equals(keep)).findFirst().orElse(list.get(0)));
        }, e -> editor.messageProperty().set("Can't read the saved keys: " + e.getMessage()));
    }

    private void revalidate() {
        ProviderInfo p = provider.get();
        ParamForm form = new ParamForm(prompt.get(), randomSeed.get(), seed.get(), steps.get(), guidance.get(),
                safety.get(), upsampling.get(), count.get(), format.get());
        checked = p == null ? null : form.check(p.displayName(), p.capabilities(), p.describer().followsPrompt());
        for (Field f : Field.values()) {
            fieldProblems.get(f).set(checked == null ? "" : checked.problems().getOrDefault(f, ""));
        }
        providerNote.set(p == null ? "" : note(p));
        plan = null;
        estimate = 0;
        String why = firstBlocker(p);
        if (plan != null) {
            estimate = p.describer().estimateUsd(plan.sent(), count.get());
            summary.set(describe(plan, estimate));
        } else {
            summary.set("");
        }
        blocker.set(why);
        canSubmit.set(why.isEmpty());
    }

    private String firstBlocker(ProviderInfo p) {
        EditorSession s = editor.getSession();
        if (p == null) {
            return "Loading providers…";
        }
        if (s == null) {
            return "Open an image first.";
        }
        Document doc = s.document();
        try {
            plan = RequestPlanner.summary(doc.size(), maskBounds.property().get(), doc.outsets(),
                    p.capabilities().sizeRules());
        } catch (PlanException e) {
            return "Paint a mask over what should change (B), or drag the frame out to extend the picture (F).";
        }
        if (!p.ready()) {
            return p.displayName() + " has no key. Add one in Settings (Ctrl+,), or choose Local.";
        }
        boolean expand = !doc.outsets().isNone();
        if (expand ? !p.capabilities().expand() : !p.capabilities().fill()) {
            return p.displayName() + " cannot " + (expand ? "expand the canvas." : "fill a mask.");
        }
        return checked.problems().values().stream().findFirst().orElse("");
    }

    private static String note(ProviderInfo p) {
        if (!p.describer().followsPrompt()) {
            return p.displayName() + " fills from the photo itself, offline and free: the prompt is ignored.";
        }
        return p.ready() ? "" : "No key yet: Settings (Ctrl+,).";
    }

    private static String describe(PlanSummary plan, double usd) {
        String kind = switch (plan.kind()) {
            case FILL -> "Fill";
            case EXPAND -> "Expand";
        };
        String cost = usd == 0 ? "free" : String.format(Locale.ROOT, "≈ $%.2f", usd);
        return String.format(Locale.ROOT, "%s · %d × %d px sent (%.1f MP) · %s", kind, plan.sent().width(),
                plan.sent().height(), plan.megapixels(), cost);
    }

    /** Ctrl+Enter: snapshot the document and queue the job; the editor stays free while it runs. */
    public Optional<Job> submit() {
        revalidate();
        if (!canSubmit.get()) {
            editor.messageProperty().set(blocker.get());
            return Optional.empty();
        }
        ProviderInfo info = provider.get();
        Optional<ImageProvider> made = providerSet.create(info.id());
        if (made.isEmpty()) {
            editor.messageProperty().set(info.displayName() + " has no key. Add one in Settings (Ctrl+,).");
            return Optional.empty();
        }
        double b = budget.get();
        if (b > 0 && spent.get() + estimate > b + 1e-9) {
            String question = String.format(Locale.ROOT, "This job (≈ $%.2f) would take this session to $%.2f, past "
                    + "its budget of $%.2f. Submit anyway?", estimate, spent.get() + estimate, b);
            if (!dialogs.confirm("Over budget", question)) {
                editor.messageProperty().set("Not submitted: over the session budget.");
                return Optional.empty();
            }
        }
        EditorSession s = editor.getSession();
        ImageProvider p = made.get();
        JobSpec spec = new JobSpec(p, checked.params(), DocumentSnapshot.of(s.document()),
                p.capabilities().sizeRules(), JOB_TIMEOUT, s.document().name());
        MaskCopyAhead.copyAhead(s.document().mask(), background);
        Job job = queue.submit(spec, estimate);
        rememberPrompt(checked.params().prompt());
        // a job that ended at once (a refusal before sending) has already said so
        if (!job.state().isFinished()) {
            editor.messageProperty().set(JobsViewModel.sentLine(job, false));
        }
        return Optional.of(job);
    }

    private void rememberPrompt(String text) {
        if (text.isBlank()) {
            return;
        }
        pastPrompts.remove(text);
        pastPrompts.add(0, text);
        background.run(() -> {
            history.add(text);
            return text;
        }, t -> { }, e -> { });
    }

    /**
     * Settings' Test button: asks the provider whether it accepts {@code typed} (or, when nothing is typed, the
     * key in effect), with a request that generates nothing. The answer goes to {@code answer} on the UI thread.
     */
    public void testKey(String providerId, String typed, Consumer<String> answer) {
        answer.accept("Testing…");
        background.run(() -> {
            ProviderSet set = catalog.load();
            Optional<ImageProvider> p = typed == null || typed.isBlank() ? set.create(providerId)
                    : set.createWithKey(providerId, typed);
            if (p.isEmpty()) {
                return "There is no key to test yet: paste one first.";
            }
            try {
                return p.get().checkKey(new BasicJobContext(Sleeper.REAL, Clock.systemUTC(), KEY_CHECK_TIMEOUT, x -> { }));
            } catch (ProviderException e) {
                return e.getMessage();
            }
        }, answer, e -> answer.accept("Could not test the key: " + e.getMessage()));
    }

    /** The dice: a fresh fixed seed. */
    public void rollSeed() {
        randomSeed.set(false);
        seed.set(Long.toString(ThreadLocalRandom.current().nextLong(0, 1L << 32)));
    }

    /** "Reuse seed" from a result: fixes the seed to the one that made it. */
    public void reuseSeed(long value) {
        randomSeed.set(false);
        seed.set(Long.toString(value));
    }

    // ---- properties ----------------------------------------------------------------------------------

    public ObservableList<ProviderInfo> providers() {
        return providers;
    }

    public ObjectProperty<ProviderInfo> providerProperty() {
        return provider;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public ObservableList<String> pastPrompts() {
        return pastPrompts;
    }

    public BooleanProperty randomSeedProperty() {
        return randomSeed;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public StringProperty guidanceProperty() {
        return guidance;
    }

    public StringProperty safetyProperty() {
        return safety;
    }

    public BooleanProperty upsamplingProperty() {
        return upsampling;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public ObjectProperty<OutputFormat> formatProperty() {
        return format;
    }

    /** The session's budget in US dollars; 0 = no budget. */
    public DoubleProperty budgetProperty() {
        return budget;
    }

    /** Spent this session: done jobs' costs plus the estimates of jobs still running. */
    public ReadOnlyDoubleProperty spentProperty() {
        return spent.getReadOnlyProperty();
    }

    /** "Fill · 1024 × 768 px sent (0.8 MP) · ≈ $0.05", or empty when nothing can be sent yet. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why Submit is disabled, in the user's terms; empty when it is enabled. */
    public ReadOnlyStringProperty blockerProperty() {
        return blocker.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty providerNoteProperty() {
        return providerNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit.getReadOnlyProperty();
    }

    /** What is wrong with one field, shown next to it; empty when it is fine. */
    public ReadOnlyStringProperty problemProperty(Field f) {
        return fieldProblems.get(f).getReadOnlyProperty();
    }

    public ProviderCatalog catalog() {
        return catalog;
    }
}
