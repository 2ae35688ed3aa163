package app.refill.project;

import app.refill.core.geom.PixelRect;
import app.refill.core.image.Mask;
import app.refill.core.image.io.ArgbPixels;
import app.refill.core.image.io.ImageLoadException;
import app.refill.core.image.io.ImageLoader;
import app.refill.core.plan.DocumentSnapshot;
import app.refill.core.plan.PastedResult;
import app.refill.core.plan.Thumbnail;
import app.refill.job.JobOutcome;
import app.refill.job.JobQueue;
import app.refill.job.JobResult;
import app.refill.job.JobState;
import app.refill.provider.ProviderException;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Reads and writes {@code .refill} projects: a zip of {@code manifest.json} and PNGs (the image, the masks, the
 * images jobs were submitted on, each result's changed rectangle). PNG keeps every pixel exactly, so a project
 * opens exactly as it was saved. An image shared by the document and its jobs is stored once. Written to a
 * temporary file and moved into place. Blocking; call on a worker.
 */
public final class ProjectFile {
    public static final String EXTENSION = ".refill";
    private static final String MANIFEST = "manifest.json";
    private static final long MAX_MANIFEST_BYTES = 16L << 20;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // records only: derived answers such as Outsets.isNone() are not data
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ProjectFile() {
    }

    public static boolean isProject(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    public static void write(Project project, Path file, String writtenBy) throws ProjectException {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), ".refill-", ".tmp");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                new Writer(zip).write(project, writtenBy);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw new ProjectException("Can't save the project " + file.getFileName() + " (" + e.getMessage()
                    + "). Check that the folder exists and is writable, and that the disk has room.", e);
        }
    }

    public static Project read(Path file) throws ProjectException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new Reader(zip).read();
        } catch (java.util.zip.ZipException e) {
            throw unreadable(file, "not a zip file", e);
        } catch (IOException | ImageLoadException | RuntimeException e) {
            throw unreadable(file, e.getMessage(), e);
        }
    }

    private static ProjectException unreadable(Path file, String why, Throwable cause) {
        return new ProjectException("Can't open " + file.getFileName() + " as a Refill project (" + why
                + "). It may be damaged or from a newer Refill.", cause);
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the temporary file is all that is left behind; the target was never touched
            }
        }
    }

    // ---- writing -------------------------------------------------------------------------------------

    private static final class Writer {
        private final ZipOutputStream zip;
        private final Map<BufferedImage, String> images = new IdentityHashMap<>();

        Writer(ZipOutputStream zip) {
            this.zip = zip;
        }

        void write(Project p, String writtenBy) throws IOException {
            ProjectDocument d = p.document();
            var doc = new Manifest.DocumentEntry(d.name(), d.source(), image(d.image()), mask(d.mask(), "masks/document.png"),
                    d.outsets(), d.generation());
            List<Manifest.JobEntry> jobs = new ArrayList<>();
            for (int j = 0; j < p.jobs().size(); j++) {
                jobs.add(jobEntry(p.jobs().get(j), j));
            }
            put(MANIFEST, Deflater.DEFAULT_COMPRESSION, out -> JSON.writeValue(nonClosing(out),
                    new Manifest(Manifest.FORMAT, writtenBy, doc, jobs, p.view())));
        }

        private Manifest.JobEntry jobEntry(ProjectJob job, int j) throws IOException {
            JobOutcome o = job.outcome();
            List<Manifest.ResultEntry> results = new ArrayList<>();
            for (int r = 0; r < o.results().size(); r++) {
                JobResult res = o.results().get(r);
                PastedResult pasted = res.pasted();
                String name = "results/job-" + j + "-" + r + ".png";
                PixelRect a = pasted.area();
                png(name, ArgbPixels.wrap(pasted.pixels(), a.width(), a.height()));
                results.add(new Manifest.ResultEntry(res.index(), res.seed(), res.costUsd(), res.model(),
                        pasted.canvas(), a, name, job.layers().get(r)));
            }
            DocumentSnapshot s = job.snapshot();
            var snapshot = new Manifest.SnapshotEntry(image(s.image()), mask(s.mask(), "masks/job-" + j + ".png"),
                    s.outsets());
            return new Manifest.JobEntry(job.providerId(), job.params(), snapshot, job.rules(), job.timeout().toSeconds(),
                    job.sourceName(), job.estimateUsd(), o.state().name(), o.failure(),
                    o.failureKind() == null ? null : o.failureKind().name(), o.attempts(), o.elapsed().toMillis(),
                    results);
        }

        private String image(BufferedImage img) throws IOException {
            String known = images.get(img);
            if (known != null) {
                return known;
            }
            String name = "images/" + images.size() + ".png";
            png(name, img);
            images.put(img, name);
            return name;
        }

        private String mask(Mask m, String name) throws IOException {
            BufferedImage grey = new BufferedImage(m.width(), m.height(), BufferedImage.TYPE_BYTE_GRAY);
            byte[] dst = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
            System.arraycopy(m.raw(), 0, dst, 0, dst.length);
            png(name, grey);
            return name;
        }

        private void png(String name, BufferedImage img) throws IOException {
            // PNG is compressed already; deflating it again only costs time
            put(name, Deflater.NO_COMPRESSION, out -> {
                if (!ImageIO.write(img, "png", nonClosing(out))) {
                    throw new IOException("no PNG writer");
                }
            });
        }

        private void put(String name, int level, IoWriter body) throws IOException {
            zip.setLevel(level);
            zip.putNextEntry(new ZipEntry(name));
            body.write(zip);
            zip.closeEntry();
        }
    }

    private interface IoWriter {
        void write(OutputStream out) throws IOException;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    // ---- reading -------------------------------------------------------------------------------------

    private static final class Reader {
        private final ZipFile zip;
        private final ImageLoader loader = new ImageLoader();
        private final Map<String, BufferedImage> images = new HashMap<>();

        Reader(ZipFile zip) {
            this.zip = zip;
        }

        Project read() throws IOException, ImageLoadException {
            ZipEntry m = zip.getEntry(MANIFEST);
            if (m == null) {
                throw new IOException("it has no " + MANIFEST);
            }
            if (m.getSize() > MAX_MANIFEST_BYTES) {
                throw new IOException(MANIFEST + " is too large");
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(m)) {
                manifest = JSON.readValue(in, Manifest.class);
            }
            if (manifest.format() > Manifest.FORMAT) {
                throw new IOException("written by " + manifest.writtenBy() + " in format " + manifest.format()
                        + "; this Refill reads format " + Manifest.FORMAT + ". Update Refill to open it");
            }
            var d = manifest.document();
            BufferedImage image = image(d.image());
            ProjectDocument doc = new ProjectDocument(d.name(), d.source(), image, mask(d.mask(), image), d.outsets(),
                    d.generation());
            List<ProjectJob> jobs = new ArrayList<>();
            for (Manifest.JobEntry j : manifest.jobs()) {
                jobs.add(job(j));
            }
            return new Project(doc, jobs, manifest.view() == null ? ProjectView.EMPTY : manifest.view());
        }

        private ProjectJob job(Manifest.JobEntry j) throws IOException, ImageLoadException {
            Manifest.SnapshotEntry s = j.snapshot();
            BufferedImage img = image(s.image());
            DocumentSnapshot snapshot = new DocumentSnapshot(img, mask(s.mask(), img), s.outsets());
            List<JobResult> results = new ArrayList<>();
            List<LayerState> layers = new ArrayList<>();
            for (Manifest.ResultEntry r : j.results()) {
                BufferedImage px = loader.load(entry(r.pixels()), r.pixels()).image();
                PixelRect a = r.area();
                if (px.getWidth() != a.width() || px.getHeight() != a.height()) {
                    throw new IOException(r.pixels() + " does not match its area " + a);
                }
                PastedResult pasted = new PastedResult(r.canvas(), a, ArgbPixels.of(px));
                results.add(new JobResult(r.index(), r.seed(), r.costUsd(), r.model(), pasted,
                        Thumbnail.ofResult(snapshot, pasted, JobQueue.THUMBNAIL_SIDE)));
                layers.add(r.layer() == null ? LayerState.HIDDEN : r.layer());
            }
            JobState state = JobState.valueOf(j.state());
            var kind = j.failureKind() == null ? null : ProviderException.Kind.valueOf(j.failureKind());
            JobOutcome outcome = new JobOutcome(state, j.failure(), kind, j.attempts(),
                    Duration.ofMillis(j.elapsedMillis()), results);
            return new ProjectJob(j.provider(), j.params(), snapshot, j.rules(), Duration.ofSeconds(j.timeoutSeconds()),
                    j.sourceName(), j.estimateUsd(), outcome, layers);
        }

        private BufferedImage image(String name) throws IOException, ImageLoadException {
            BufferedImage known = images.get(name);
            if (known == null) {
                known = loader.load(entry(name), name).image();
                images.put(name, known);
            }
            return known;
        }

        private Mask mask(String name, BufferedImage of) throws IOException {
            BufferedImage grey;
            try (InputStream in = entry(name)) {
                grey = ImageIO.read(in);
            }
            if (grey == null || grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
                throw new IOException(name + " is not an 8-bit grey mask");
            }
            if (grey.getWidth() != of.getWidth() || grey.getHeight() != of.getHeight()) {
                throw new IOException(name + " is " + grey.getWidth() + "x" + grey.getHeight() + ", its image "
                        + of.getWidth() + "x" + of.getHeight());
            }
            byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
            return new Mask(grey.getWidth(), grey.getHeight(), data);
        }

        private InputStream entry(String name) throws IOException {
            ZipEntry e = name == null ? null : zip.getEntry(name);
            if (e == null) {
                throw new IOException("it lacks " + name);
            }
            return new ByteArrayInputStream(zip.getInputStream(e).readAllBytes());
        }
    }
}
