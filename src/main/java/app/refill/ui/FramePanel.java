package app.refill.ui;

import app.refill.core.doc.EditorSession;
import app.refill.core.geom.Anchor;
import app.refill.core.geom.FrameInput;
import app.refill.core.geom.Outsets;
import app.refill.core.geom.Size;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The outpaint frame panel: a field per side (rounded to 64 px on entry), ratio presets with an anchor for the
 * original, Reset, and what the job will be. Shown while the frame tool is active or a frame exists.
 */
final class FramePanel extends VBox {
    private static final String[][] PRESETS = {{"1", "1"}, {"4", "5"}, {"3", "2"}, {"2", "3"}, {"16", "9"}, {"9", "16"}};

    private final EditorViewModel vm;
    private final Map<Outsets.Side, TextField> fields = new EnumMap<>(Outsets.Side.class);
    private final Label note = new Label();
    private final Label summary = new Label();
    private final ToggleGroup ratios = new ToggleGroup();
    private final ToggleGroup anchors = new ToggleGroup();
    private final TextField customW = new TextField("21");
    private final TextField customH = new TextField("9");

    FramePanel(EditorViewModel vm) {
        this.vm = vm;
        setId("framePanel");
        getStyleClass().add("side-panel");
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(260);
        setMinWidth(260);

        Label title = new Label("Outpaint frame");
        title.getStyleClass().add("panel-title");
        note.setId("frameNote");
        note.setWrapText(true);
        note.getStyleClass().add("note");
        summary.setId("frameSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("summary");
        Label providers = new Label("BFL and Runware expand without a mask, so what you paint inside the photo "
                + "is not used for an expand job; fal and Local regenerate your mask together with the border.");
        providers.setWrapText(true);
        providers.getStyleClass().add("hint");

        Button reset = new Button("Reset");
        reset.setId("frameReset");
        reset.setOnAction(e -> vm.resetFrame());
        Button apply = new Button("Apply ratio");
        apply.setId("frameApply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> applyPreset());
        // nothing is chosen at first: a highlighted 1:1 read as the canvas's own ratio
        apply.disableProperty().bind(ratios.selectedToggleProperty().isNull());

        getChildren().addAll(title, sideFields(), note, new Label("Ratio"), presetButtons(), new Label("Keep the photo at"),
                anchorGrid(), new HBox(8, apply, reset), summary, providers);

        vm.frameProperty().subscribe(this::show);
        vm.sessionProperty().subscribe(s -> show(vm.frameProperty().get()));
        visibleProperty().bind(vm.sessionProperty().isNotNull()
                .and(vm.toolProperty().isEqualTo(ToolKind.FRAME).or(vm.frameProperty().isNotEqualTo(Outsets.NONE))));
        managedProperty().bind(visibleProperty());
    }

    private GridPane sideFields() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Outsets.Side[] order = {Outsets.Side.TOP, Outsets.Side.BOTTOM, Outsets.Side.LEFT, Outsets.Side.RIGHT};
        for (int i = 0; i < order.length; i++) {
            Outsets.Side side = order[i];
            TextField f = new TextField("0");
            f.setId("frame" + capitalise(side.name()));
            f.setPrefColumnCount(4);
            f.setOnAction(e -> commit(side, f));
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit(side, f);
                }
            });
            fields.put(side, f);
            Label label = new Label(capitalise(side.name()));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(label, (i % 2) * 2, i / 2);
            grid.add(f, (i % 2) * 2 + 1, i / 2);
        }
        return grid;
    }

    private FlowPane presetButtons() {
        FlowPane flow = new FlowPane(6, 6);
        for (String[] p : PRESETS) {
            ToggleButton b = new ToggleButton(p[0] + ":" + p[1]);
            b.setId("preset-" + p[0] + "x" + p[1]);
            b.setUserData(p);
            b.setToggleGroup(ratios);
            flow.getChildren().add(b);
        }
        ToggleButton custom = new ToggleButton("Custom");
        custom.setId("preset-custom");
        custom.setToggleGroup(ratios);
        customW.setId("frameRatioW");
        customH.setId("frameRatioH");
        customW.setPrefColumnCount(3);
        customH.setPrefColumnCount(3);
        HBox customBox = new HBox(4, custom, customW, new Label(":"), customH);
        customBox.setAlignment(Pos.CENTER_LEFT);
        flow.getChildren().add(customBox);
        return flow;
    }

    private GridPane anchorGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(3);
        grid.setVgap(3);
        Anchor[] all = Anchor.values();
        for (int i = 0; i < all.length; i++) {
            ToggleButton b = new ToggleButton();
            b.setId("anchor-" + all[i].name());
            b.setUserData(all[i]);
            b.getStyleClass().add("anchor-button");
            b.setToggleGroup(anchors);
            grid.add(b, i % 3, i / 3);
            if (all[i] == Anchor.CENTER) {
                b.setSelected(true);
            }
        }
        anchors.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                before.setSelected(true);
            }
        });
        return grid;
    }

    private void commit(Outsets.Side side, TextField f) {
        Outsets now = vm.frameProperty().get();
        if (vm.getSession() == null || f.getText().equals(Integer.toString(now.get(side)))) {
            return;
        }
        FrameInput in = vm.setFrameSide(side, f.getText());
        note.setText(in.note());
        f.getStyleClass().remove("invalid");
        if (in.accepted()) {
            f.setText(Integer.toString(in.value()));
        } else {
            f.getStyleClass().add("invalid");
        }
    }

    private void applyPreset() {
        double w;
        double h;
        if (ratios.getSelectedToggle() != null && ratios.getSelectedToggle().getUserData() instanceof String[] p) {
            w = Double.parseDouble(p[0]);
            h = Double.parseDouble(p[1]);
        } else {
            try {
                w = Double.parseDouble(customW.getText().trim());
                h = Double.parseDouble(customH.getText().trim());
            } catch (NumberFormatException e) {
                note.setText("A custom ratio needs two numbers, like 21 : 9.");
                return;
            }
        }
        Anchor anchor = (Anchor) anchors.getSelectedToggle().getUserData();
        note.setText(vm.applyPreset(w, h, anchor).orElse(""));
    }

    private void show(Outsets o) {
        fields.forEach((side, f) -> {
            f.setText(Integer.toString(o.get(side)));
            f.getStyleClass().remove("invalid");
        });
        EditorSession s = vm.getSession();
        if (s == null) {
            summary.setText("");
            return;
        }
        Size canvas = s.document().canvasSize();
        summary.setText(String.format(Locale.ROOT, "%s job · canvas %d × %d px · %.1f MP",
                o.isNone() ? "Fill" : "Expand", canvas.width(), canvas.height(), canvas.megapixels()));
    }

    private static String capitalise(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
