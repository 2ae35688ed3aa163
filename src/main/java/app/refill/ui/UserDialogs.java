package app.refill.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the editor asks the user through a dialog. The app uses JavaFX dialogs and file choosers;
 * tests pass scripted answers so they can drive the menus without native windows.
 */
public interface UserDialogs {
    Optional<Path> chooseImageToOpen();

    Optional<Path> chooseMaskToImport();

    Optional<Path> chooseMaskExport(String suggestedName);

    /** Asks for a whole number of pixels (grow, shrink, feather). */
    OptionalInt askPixels(String title, String question, int initial);

    /** The imported mask has another size: true to scale it to the image, false to cancel. */
    boolean confirmScaleMask(String message);

    void showError(String title, String message);

    /** Where to save the image (PNG, JPEG, WebP or TIFF by its extension). */
    Optional<Path> chooseImageSave(String suggestedName);

    /** Where to save a project ({@code .refill}). */
    Optional<Path> chooseProjectSave(String suggestedName);

    /** A folder to export a job's variations into. */
    Optional<Path> chooseFolder(String title);

    /**
     * The folder file dialogs start in from now on: an opened photo's, until the user picks a file or folder
     * elsewhere in a dialog.
     */
    default void startIn(Path folder) {
    }

    /** A yes/no question (e.g. a submit that would pass the budget): true to go ahead. */
    boolean confirm(String title, String message);
}
