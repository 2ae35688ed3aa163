package app.refill.ui;

import app.refill.provider.Capabilities;
import app.refill.provider.OutputFormat;
import app.refill.provider.ProviderInfo;
import app.refill.settings.ApiKeys;
import app.refill.ui.ParamForm.Field;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * The prompt and parameters panel: provider (with key state and a Settings button), prompt with past prompts,
 * seed, steps, guidance, safety, prompt upsampling, variations, format; what will be sent and its cost; the
 * budget; Submit and, while it is disabled, why.
 */
final class PromptPanel extends VBox {
    private final PromptViewModel vm;
    private final Runnable openSettings;

    PromptPanel(PromptViewModel vm, Runnable openSettings) {
        this.vm = vm;
        this.openSettings = openSettings;
        setId("promptPanel");
        getStyleClass().add("side-panel");
        setSpacing(8);
        setPadding(new Insets(12));

        Label title = new Label("Generate");
        title.getStyleClass().add("panel-title");
        getChildren().addAll(title, providerRow(), hint(vm.providerNoteProperty(), "note"), promptBox(),
                seedRow(), parameterGrid(), summary(), budgetRow(), submit());
    }

    private HBox providerRow() {
        ComboBox<ProviderInfo> box = new ComboBox<>(vm.providers());
        box.setId("providerBox");
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(vm.providerProperty());
        box.setCellFactory(l -> new ProviderCell());
        box.setButtonCell(new ProviderCell());
        HBox.setHgrow(box, Priority.ALWAYS);
        Button settings = new Button(null, new FontIcon(MaterialDesignC.COG_OUTLINE));
        settings.setId("settingsButton");
        settings.setTooltip(new Tooltip("Settings: API keys (Ctrl+,)"));
        settings.setOnAction(e -> openSettings.run());
        return new HBox(6, box, settings);
    }

    /** "BFL · key from environment", "Runware · no key", "Local · offline, free". */
    static String describe(ProviderInfo p) {
        if (!p.needsKey()) {
            return p.displayName() + " · offline, free";
        }
        return p.displayName() + p.keyOrigin().map(o -> o == ApiKeys.Origin.ENVIRONMENT ? " · key from environment"
                : " · key saved").orElse(" · no key");
    }

    private static final class ProviderCell extends ListCell<ProviderInfo> {
        @Override
        protected void updateItem(ProviderInfo p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : describe(p));
            setOpacity(p != null && !p.ready() ? 0.6 : 1);
        }
    }

    private VBox promptBox() {
        TextArea prompt = new TextArea();
        prompt.setId("promptField");
        prompt.setPromptText("What should appear in the masked area?");
        prompt.setWrapText(true);
        prompt.setPrefRowCount(3);
        prompt.textProperty().bindBidirectional(vm.promptProperty());
        flag(prompt, Field.PROMPT);
        MenuButton past = new MenuButton("Past prompts");
        past.setId("pastPrompts");
        Runnable fill = () -> {
            past.getItems().clear();
            for (String p : vm.pastPrompts()) {
                MenuItem item = new MenuItem(p.length() > 60 ? p.substring(0, 59) + "…" : p);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> vm.promptProperty().set(p));
                past.getItems().add(item);
            }
            past.setDisable(past.getItems().isEmpty());
        };
        fill.run();
        vm.pastPrompts().addListener((ListChangeListener<String>) c -> fill.run());
        return new VBox(4, prompt, problem(Field.PROMPT), past);
    }

    private VBox seedRow() {
        CheckBox random = new CheckBox("Random seed");
        random.setId("randomSeed");
        random.selectedProperty().bindBidirectional(vm.randomSeedProperty());
        TextField seed = new TextField();
        seed.setId("seedField");
        seed.setPromptText("seed");
        seed.setPrefColumnCount(9);
        seed.textProperty().bindBidirectional(vm.seedProperty());
        seed.disableProperty().bind(vm.randomSeedProperty());
        flag(seed, Field.SEED);
        Button dice = new Button(null, new FontIcon(MaterialDesignD.DICE_5_OUTLINE));
        dice.setId("diceButton");
        dice.setTooltip(new Tooltip("A new fixed seed"));
        dice.setOnAction(e -> vm.rollSeed());
        return new VBox(4, new HBox(6, random, seed, dice), problem(Field.SEED));
    }

    private GridPane parameterGrid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        int row = 0;
        row = numberRow(g, row, "Steps", "stepsField", vm.stepsProperty(), Field.STEPS, Capabilities::steps);
        row = numberRow(g, row, "Guidance", "guidanceField", vm.guidanceProperty(), Field.GUIDANCE, Capabilities::guidance);
        row = numberRow(g, row, "Safety", "safetyField", vm.safetyProperty(), Field.SAFETY, Capabilities::safety);
        Spinner<Integer> count = new Spinner<>(1, 8, 1);
        count.setId("countSpinner");
        count.setPrefWidth(80);
        count.getValueFactory().valueProperty().addListener((o, a, b) -> vm.countProperty().set(b));
        vm.countProperty().subscribe(n -> count.getValueFactory().setValue(n.intValue()));
        vm.providerProperty().subscribe(p -> {
            if (p != null) {
                ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) count.getValueFactory())
                        .setMax(p.capabilities().maxCount());
            }
        });
        g.addRow(row++, new Label("Variations"), count);
        g.add(problem(Field.COUNT), 1, row++);
        ComboBox<OutputFormat> format = new ComboBox<>();
        format.setId("formatBox");
        format.valueProperty().bindBidirectional(vm.formatProperty());
        vm.providerProperty().subscribe(p -> {
            if (p != null) {
                format.getItems().setAll(p.capabilities().formats().stream().sorted().toList());
                if (!format.getItems().contains(vm.formatProperty().get())) {
                    vm.formatProperty().set(OutputFormat.PNG);
                }
            }
        });
        g.addRow(row++, new Label("Format"), format);
        CheckBox upsample = new CheckBox("Let the provider enhance the prompt");
        upsample.setId("upsampling");
        upsample.selectedProperty().bindBidirectional(vm.upsamplingProperty());
        upsample.disableProperty().bind(vm.providerProperty().map(p -> !p.describer().followsPrompt()).orElse(true));
        g.add(upsample, 0, row, 2, 1);
        return g;
    }

    private int numberRow(GridPane g, int row, String label, String id, StringProperty value, Field f,
            java.util.function.Function<Capabilities, Capabilities.Range> range) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(value);
        flag(field, f);
        vm.providerProperty().subscribe(p -> {
            Capabilities.Range r = p == null ? null : range.apply(p.capabilities());
            field.setDisable(r == null);
            field.setPromptText(ParamForm.hint(r));
        });
        g.addRow(row, new Label(label), field);
        g.add(problem(f), 1, row + 1);
        return row + 2;
    }

    private Label summary() {
        Label sent = hint(vm.summaryProperty(), "summary");
        sent.setId("sendSummary");
        return sent;
    }

    private HBox budgetRow() {
        TextField budget = new TextField();
        budget.setId("budgetField");
        budget.setPromptText("none");
        budget.setPrefColumnCount(5);
        budget.textProperty().addListener((o, a, b) -> {
            try {
                vm.budgetProperty().set(b.isBlank() ? 0 : Math.max(0, Double.parseDouble(b.strip().replace(',', '.'))));
                budget.getStyleClass().remove("invalid");
            } catch (NumberFormatException e) {
                if (!budget.getStyleClass().contains("invalid")) {
                    budget.getStyleClass().add("invalid");
                }
            }
        });
        Label spent = new Label();
        spent.setId("spentLabel");
        spent.textProperty().bind(vm.spentProperty().map(v -> String.format(Locale.ROOT, "spent $%.2f", v.doubleValue())));
        spent.getStyleClass().add("hint");
        return new HBox(6, new Label("Budget $"), budget, spent);
    }

    private VBox submit() {
        Button submit = new Button("Submit  (Ctrl+Enter)");
        submit.setId("submitButton");
        submit.getStyleClass().add("accent-button");
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(vm.canSubmitProperty().not());
        submit.setOnAction(e -> vm.submit());
        Label why = hint(vm.blockerProperty(), "note");
        why.setId("submitBlocker");
        return new VBox(4, submit, why);
    }

    private Label hint(javafx.beans.value.ObservableValue<String> text, String style) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private Label problem(Field f) {
        Label l = hint(vm.problemProperty(f), "error");
        l.setId("problem" + f.name());
        return l;
    }

    private void flag(TextInputControl field, Field f) {
        vm.problemProperty(f).subscribe(p -> {
            field.getStyleClass().remove("invalid");
            if (!p.isEmpty()) {
                field.getStyleClass().add("invalid");
            }
        });
    }
}
