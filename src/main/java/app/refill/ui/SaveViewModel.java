package app.refill.ui;

import app.refill.core.doc.EditorSession;
import app.refill.core.image.io.ImageSaver;
import app.refill.job.GenerationMetadata;
import app.refill.job.Job;
import app.refill.job.JobResult;
import app.refill.settings.PreferencesFile;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Saving: the current image (Ctrl+S to where it was last saved, Ctrl+Shift+S to choose) as PNG, JPEG, WebP or
 * TIFF by extension, with the kept result's generation parameters; and all variations of a job into a folder,
 * named by a template. Encoding and writing run on a worker; files are written atomically.
 */
public final class SaveViewModel {
    public static final String DEFAULT_TEMPLATE = "{name}-{provider}-{seed}";

    private final EditorViewModel editor;
    private final Background background;
    private final UserDialogs dialogs;
    private final DoubleProperty quality = new SimpleDoubleProperty(0.92);
    private final StringProperty template = new SimpleStringProperty(DEFAULT_TEMPLATE);
    private final LastSaved lastSaved = new LastSaved();

    public SaveViewModel(EditorViewModel editor, Background background, UserDialogs dialogs) {
        this.editor = editor;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Also reads the JPEG/WebP quality from the preferences file and writes it back whenever it changes. */
    public SaveViewModel(EditorViewModel editor, Background background, UserDialogs dialogs, PreferencesFile prefs) {
        this(editor, background, dialogs);
        background.run(prefs::quality, q -> {
            quality.set(q / 100.0);
            // a change listener, not subscribe: the value just read needs no writing back
            quality.addListener((o, was, v) -> background.run(() -> {
                prefs.setQuality(qualityPercent());
                return v;
            }, x -> { }, e -> editor.messageProperty().set("Can't keep the quality setting: " + e.getMessage())));
        }, e -> editor.messageProperty().set("Can't read the settings: " + e.getMessage()));
    }

    /** The quality as the Settings dialog shows it, 1–100. */
    public int qualityPercent() {
        return (int) Math.round(quality.get() * 100);
    }

    /** Ctrl+S: where this image was saved before, else asks. */
    public void save() {
        lastSaved.of(editor.getSession()).ifPresentOrElse(this::save, this::saveAs);
    }

    /** Ctrl+Shift+S. */
    public void saveAs() {
        EditorSession s = editor.getSession();
        if (s != null) {
            dialogs.chooseImageSave(baseName(s.document().name()) + "-refill.png").ifPresent(this::save);
        }
    }

    public void save(Path file) {
        EditorSession s = editor.getSession();
        if (s == null) {
            return;
        }
        Optional<String> format = formatOf(file);
        if (format.isEmpty()) {
            fail("Can't save", file.getFileName() + ": use .png, .jpg, .webp or .tif as the file's extension.");
            return;
        }
        BufferedImage image = s.document().image();
        String params = s.document().generation().orElse(null);
        float q = (float) quality.get();
        editor.messageProperty().set("Saving " + file.getFileName() + "…");
        background.run(() -> {
            ImageSaver.write(image, file, format.get(), params, q);
            return file;
        }, f -> {
            if (editor.getSession() == s && s.document().image() == image) {
                s.markSaved();
            }
            lastSaved.set(s, f);
            editor.messageProperty().set("Saved " + f.getFileName() + " (" + image.getWidth() + " × " + image.getHeight() + " px).");
        }, e -> fail("Can't save " + file.getFileName(), e.getMessage() + ". Your image is still open; try another folder."));
    }

    /** Writes every variation of {@code job} into {@code folder} as PNG, named by the template. */
    public void exportJob(Job job, Path folder) {
        String name = baseName(job.spec().sourceName());
        List<JobResult> results = job.results();
        editor.messageProperty().set("Exporting " + results.size() + " variations…");
        background.run(() -> {
            List<Path> written = new ArrayList<>();
            for (JobResult r : results) {
                BufferedImage full = r.pasted().compose(job.spec().snapshot());
                String file = fileName(template.get(), name, job.spec().provider().id(), r, results.size() > 1) + ".png";
                Path out = folder.resolve(file);
                ImageSaver.write(full, out, "png", GenerationMetadata.of(job, r, full.getWidth(), full.getHeight()), 1f);
                written.add(out);
            }
            return written;
        }, w -> editor.messageProperty().set("Exported " + w.size() + " files to " + folder + "."),
                e -> fail("Can't export", e.getMessage() + ". Check that the folder is writable."));
    }

    public void exportJobWithDialog(Job job) {
        dialogs.chooseFolder("Export variations of job " + job.id()).ifPresent(f -> exportJob(job, f));
    }

    /** The template with {name}, {provider}, {seed}, {index}; characters files cannot hold become '_'. */
    static String fileName(String template, String name, String provider, JobResult r, boolean several) {
        String seed = r.seed() == null ? "v" + (r.index() + 1) : Long.toString(r.seed());
        String out = template.replace("{name}", name).replace("{provider}", provider).replace("{seed}", seed)
                .replace("{index}", Integer.toString(r.index() + 1));
        if (several && !template.contains("{seed}") && !template.contains("{index}")) {
            out += "-" + (r.index() + 1);
        }
        return out.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    static Optional<String> formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".png")) {
            return Optional.of("png");
        } else if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return Optional.of("jpeg");
        } else if (n.endsWith(".webp")) {
            return Optional.of("webp");
        } else if (n.endsWith(".tif") || n.endsWith(".tiff")) {
            return Optional.of("tiff");
        }
        return Optional.empty();
    }

    private void fail(String title, String text) {
        editor.messageProperty().set(text);
        dialogs.showError(title, text);
    }

    /** "garden.jpg" → "garden": the start of every suggested file name. */
    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** JPEG and WebP quality, 0–1 (PNG and TIFF are lossless). */
    public DoubleProperty qualityProperty() {
        return quality;
    }

    public StringProperty templateProperty() {
        return template;
    }
}
