package app.refill.ui;

import app.refill.ui.canvas.CanvasView;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar; every item calls the view model or the canvas, and carries its accelerator. */
final class EditorMenus {
    private final EditorViewModel vm;
    private final Workbench work;
    private final CanvasView canvas;
    private final WindowActions actions;
    private final Appearance appearance;

    /** What the menus do that belongs to the window rather than a view model. */
    record WindowActions(Runnable paste, Runnable settings, Runnable quit, Runnable shortcuts, Runnable about) {
    }

    EditorMenus(EditorViewModel vm, Workbench work, CanvasView canvas, WindowActions actions, Appearance appearance) {
        this.appearance = appearance;
        this.vm = vm;
        this.work = work;
        this.canvas = canvas;
        this.actions = actions;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), mask(), generate(), view(), help());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        Menu recent = new Menu("Open Recent");
        recent.setId("menuRecent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : vm.recentFiles()) {
                MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.toAbsolutePath().getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> vm.open(p));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        fillRecent.run();
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        return new Menu("File", null,
                item("Open Image or Project…", "menuOpen", shortcut(KeyCode.O), vm::openWithDialog),
                recent,
                item("Paste Image", "menuPaste", shortcut(KeyCode.V), actions.paste()),
                new SeparatorMenuItem(),
                needsDoc(item("Save", "menuSave", shortcut(KeyCode.S), work.save()::save)),
                needsDoc(item("Save As…", "menuSaveAs", shortcutShift(KeyCode.S), work.save()::saveAs)),
                needsDoc(item("Save Project", "menuSaveProject", shortcutAlt(KeyCode.S), work.project()::save)),
                needsDoc(item("Save Project As…", "menuSaveProjectAs", null, work.project()::saveAs)),
                new SeparatorMenuItem(),
                needsDoc(item("Import Mask…", "menuImportMask", shortcutShift(KeyCode.O), vm.maskFiles()::importWithDialog)),
                needsDoc(item("Export Mask…", "menuExportMask", shortcutShift(KeyCode.E), vm.maskFiles()::exportWithDialog)),
                new SeparatorMenuItem(),
                item("Settings…", "menuSettings", shortcut(KeyCode.COMMA), actions.settings()),
                new SeparatorMenuItem(),
                item("Quit", "menuQuit", shortcut(KeyCode.Q), actions.quit()));
    }

    private Menu generate() {
        ResultsViewModel r = work.results();
        MenuItem submit = item("Submit", "menuSubmit", shortcut(KeyCode.ENTER), () -> work.prompt().submit());
        submit.disableProperty().bind(work.prompt().canSubmitProperty().not());
        return new Menu("Generate", null, submit,
                new SeparatorMenuItem(),
                item("Previous Variation (←)", "menuPrevious", null, () -> r.cycle(-1)),
                item("Next Variation (→)", "menuNext", null, () -> r.cycle(1)),
                item("Keep Shown Result (Enter)", "menuKeep", null, r::keepSelected),
                item("Discard Shown Result (Delete)", "menuDiscard", null, r::discardSelected),
                item("Star Shown Result (*)", "menuStar", null, r::toggleStar));
    }

    private Menu edit() {
        MenuItem undo = item("Undo", "menuUndo", shortcut(KeyCode.Z), vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.textProperty().bind(vm.undoLabelProperty().map(l -> "Undo " + l).orElse("Undo"));
        MenuItem redo = item("Redo", "menuRedo", shortcutShift(KeyCode.Z), vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.textProperty().bind(vm.redoLabelProperty().map(l -> "Redo " + l).orElse("Redo"));
        MenuItem redoAlt = item("Redo (Ctrl+Y)", "menuRedoY", shortcut(KeyCode.Y), vm::redo);
        redoAlt.disableProperty().bind(vm.canRedoProperty().not());
        return new Menu("Edit", null, undo, redo, redoAlt);
    }

    private Menu mask() {
        return new Menu("Mask", null,
                needsDoc(item("Invert", "menuInvert", shortcut(KeyCode.I), () -> vm.masks().run(MaskOperation.INVERT, 0))),
                needsDoc(item("Clear (Delete)", "menuClear", null, () -> vm.masks().run(MaskOperation.CLEAR, 0))),
                new SeparatorMenuItem(),
                needsDoc(item("Grow…", "menuGrow", null, () -> vm.masks().runWithDialog(MaskOperation.GROW))),
                needsDoc(item("Shrink…", "menuShrink", null, () -> vm.masks().runWithDialog(MaskOperation.SHRINK))),
                needsDoc(item("Feather…", "menuFeather", null, () -> vm.masks().runWithDialog(MaskOperation.FEATHER))));
    }

    private Menu view() {
        // Single-key shortcuts (H, Delete, +, -) are handled by EditorKeys, which ignores them while a text
        // field has focus; as menu accelerators they would fire while the user types a number.
        CheckMenuItem showMask = new CheckMenuItem("Show Mask Tint (H)");
        showMask.setId("menuShowMask");
        showMask.selectedProperty().bindBidirectional(vm.tintVisibleProperty());
        Menu compare = new Menu("Compare");
        for (CompareMode m : CompareMode.values()) {
            compare.getItems().add(item(m.label(), "menuCompare" + m.name(),
                    new KeyCodeCombination(KeyCode.values()[KeyCode.DIGIT1.ordinal() + m.ordinal()], KeyCombination.ALT_DOWN),
                    () -> work.results().modeProperty().set(m)));
        }
        Menu theme = new Menu("Theme");
        ToggleGroup themes = new ToggleGroup();
        for (Appearance.Choice c : Appearance.Choice.values()) {
            RadioMenuItem item = new RadioMenuItem(c.label());
            item.setId("menuTheme" + c.name());
            item.setToggleGroup(themes);
            item.setSelected(appearance.choiceProperty().get() == c);
            item.setOnAction(e -> appearance.choiceProperty().set(c));
            theme.getItems().add(item);
        }
        return new Menu("View", null, compare, theme, new SeparatorMenuItem(),
                item("Zoom In (+)", "menuZoomIn", null, () -> canvas.zoomStep(1)),
                item("Zoom Out (-)", "menuZoomOut", null, () -> canvas.zoomStep(-1)),
                item("Actual Pixels (100 %)", "menuZoom100", shortcut(KeyCode.DIGIT1), () -> canvas.zoomTo(1)),
                item("Fit in Window", "menuFit", shortcut(KeyCode.DIGIT0), canvas::fit),
                new SeparatorMenuItem(),
                showMask);
    }

    private Menu help() {
        return new Menu("Help", null,
                item("Keyboard Shortcuts", "menuShortcuts", new KeyCodeCombination(KeyCode.F1), actions.shortcuts()),
                item("About Refill", "menuAbout", null, actions.about()));
    }

    private MenuItem needsDoc(MenuItem item) {
        item.disableProperty().bind(vm.sessionProperty().isNull());
        return item;
    }

    private static MenuItem item(String text, String id, KeyCombination accel, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accel != null) {
            item.setAccelerator(accel);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutAlt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
