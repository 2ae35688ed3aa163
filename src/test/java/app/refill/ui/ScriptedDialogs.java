package app.refill.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Dialog answers set by a test, and a record of what the editor asked or showed. */
public final class ScriptedDialogs implements UserDialogs {
    public Path openAnswer;
    public Path importAnswer;
    public Path exportAnswer;
    public int pixelsAnswer = 4;
    public boolean scaleAnswer;
    public boolean confirmAnswer = true;
    public Path saveAnswer;
    public Path folderAnswer;
    public Path projectAnswer;
    /** The folder the editor last told the dialogs to start in. */
    public Path startedIn;
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();

    @Override
    public void startIn(Path folder) {
        startedIn = folder;
    }

    @Override
    public Optional<Path> chooseImageToOpen() {
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public Optional<Path> chooseMaskToImport() {
        return Optional.ofNullable(importAnswer);
    }

    @Override
    public Optional<Path> chooseMaskExport(String suggestedName) {
        questions.add("export as " + suggestedName);
        return Optional.ofNullable(exportAnswer);
    }

    @Override
    public OptionalInt askPixels(String title, String question, int initial) {
        questions.add(question);
        return OptionalInt.of(pixelsAnswer);
    }

    @Override
    public boolean confirmScaleMask(String message) {
        questions.add(message);
        return scaleAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseImageSave(String suggestedName) {
        questions.add("save as " + suggestedName);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public Optional<Path> chooseProjectSave(String suggestedName) {
        questions.add("save project as " + suggestedName);
        return Optional.ofNullable(projectAnswer);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folderAnswer);
    }
}
