package app.refill.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link UserDialogs} with JavaFX alerts and native file choosers, owned by the editor window. */
public final class FxDialogs implements UserDialogs {
    private static final FileChooser.ExtensionFilter IMAGES = new FileChooser.ExtensionFilter(
            "Images (PNG, JPEG, WebP, TIFF, BMP, GIF)", "*.png", "*.jpg", "*.jpeg", "*.webp", "*.tif", "*.tiff",
            "*.bmp", "*.gif", "*.PNG", "*.JPG", "*.JPEG", "*.WEBP", "*.TIF", "*.TIFF", "*.BMP", "*.GIF");
    private static final FileChooser.ExtensionFilter IMAGES_AND_PROJECTS = new FileChooser.ExtensionFilter(
            "Images and Refill projects", java.util.stream.Stream.concat(java.util.stream.Stream.of("*.refill"),
                    IMAGES.getExtensions().stream()).toList());
    private static final FileChooser.ExtensionFilter PNG = new FileChooser.ExtensionFilter("PNG image", "*.png");

    private final Supplier<Window> owner;
    /** Where the next dialog starts: the folder of the last file or folder picked, or of the opened photo. */
    private File nextFolder;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseImageToOpen() {
        return open("Open Image or Project", IMAGES_AND_PROJECTS);
    }

    @Override
    public Optional<Path> chooseMaskToImport() {
        return open("Import Mask", IMAGES);
    }

    @Override
    public Optional<Path> chooseMaskExport(String suggestedName) {
        FileChooser fc = chooser("Export Mask", PNG);
        fc.setInitialFileName(suggestedName);
        return remember(fc.showSaveDialog(owner.get()));
    }

    @Override
    public OptionalInt askPixels(String title, String question, int initial) {
        TextInputDialog d = new TextInputDialog(Integer.toString(initial));
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(question);
        while (true) {
            Optional<String> answer = d.showAndWait();
            if (answer.isEmpty()) {
                return OptionalInt.empty();
            }
            try {
                int n = Integer.parseInt(answer.get().trim());
                if (n >= 1 && n <= 500) {
                    return OptionalInt.of(n);
                }
            } catch (NumberFormatException ignored) {
                // fall through to the explanation below and ask again
            }
            d.setHeaderText("\"" + answer.get() + "\" is not a whole number from 1 to 500.");
        }
    }

    @Override
    public boolean confirmScaleMask(String message) {
        ButtonType scale = new ButtonType("Scale to Image", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, scale, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle("Mask size does not match");
        a.setHeaderText("The mask has a different size");
        return a.showAndWait().filter(b -> b == scale).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(460);
        a.show();
    }

    @Override
    public Optional<Path> chooseImageSave(String suggestedName) {
        FileChooser fc = chooser("Save Image", new FileChooser.ExtensionFilter("PNG (lossless)", "*.png"));
        fc.getExtensionFilters().add(1, new FileChooser.ExtensionFilter("JPEG", "*.jpg", "*.jpeg"));
        fc.getExtensionFilters().add(2, new FileChooser.ExtensionFilter("WebP", "*.webp"));
        fc.getExtensionFilters().add(3, new FileChooser.ExtensionFilter("TIFF", "*.tif", "*.tiff"));
        fc.setInitialFileName(suggestedName);
        return remember(fc.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseProjectSave(String suggestedName) {
        FileChooser fc = chooser("Save Project", new FileChooser.ExtensionFilter("Refill project", "*.refill"));
        fc.setInitialFileName(suggestedName);
        return remember(fc.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(title);
        dc.setInitialDirectory(startFolder());
        File f = dc.showDialog(owner.get());
        if (f != null) {
            nextFolder = f;
        }
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void startIn(Path folder) {
        nextFolder = folder.toFile();
    }

    /** The folder the next dialog starts in, or null for the system's choice. */
    File startFolder() {
        return nextFolder != null && nextFolder.isDirectory() ? nextFolder : null;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(460);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private Optional<Path> open(String title, FileChooser.ExtensionFilter filter) {
        return remember(chooser(title, filter).showOpenDialog(owner.get()));
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().setAll(filter, new FileChooser.ExtensionFilter("All files", "*"));
        fc.setInitialDirectory(startFolder());
        return fc;
    }

    private Optional<Path> remember(File f) {
        if (f != null) {
            nextFolder = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }
}
