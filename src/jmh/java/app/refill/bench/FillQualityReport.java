package app.refill.bench;

import app.refill.core.image.io.ImageLoader;
import app.refill.engine.ContentAwareFill;
import app.refill.engine.FillMonitor;
import app.refill.engine.FillOptions;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The engine's quality report: photos from ../shared/testdata scaled to about 1 MP, holes whose true content is
 * known ({@link HoleCases}), filled by the engine and by OpenCV's Telea and Navier-Stokes inpainting
 * (python3-opencv, src/jmh/python/opencv_inpaint.py), measured with {@link FillMetrics}. Prints a markdown
 * table and writes side-by-side strips (truth | engine | Telea | NS) to the output folder for looking at.
 *
 * <pre>mvn -B -Pjmh -DskipTests package exec:exec -Djmh.main=app.refill.bench.FillQualityReport -Djmh.args=target/fill-report</pre>
 */
public final class FillQualityReport {
    private static final String[] PHOTOS = {"garden.jpg", "ladybird-exif6.jpg", "yellowflower-cmyk.jpg"};

    private record Row(String photo, HoleCases hole, String method, double ms, FillMetrics m) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/fill-report");
        // another seed shows how much of a figure is the luck of one run
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Files.createDirectories(out);
        Path testdata = Path.of("..", "shared", "testdata");
        Path script = Path.of("src", "jmh", "python", "opencv_inpaint.py");
        List<Row> rows = new ArrayList<>();
        boolean warm = false;
        for (String name : PHOTOS) {
            BufferedImage photo = oneMegapixel(new ImageLoader().load(testdata.resolve(name)).image());
            int w = photo.getWidth();
            int h = photo.getHeight();
            int[] truth = photo.getRGB(0, 0, w, h, null, 0, w);
            for (HoleCases c : HoleCases.values()) {
                boolean[] hole = c.hole(w, h);
                int[] input = truth.clone();
                for (int i = 0; i < input.length; i++) {
                    if (hole[i]) {
                        input[i] = 0xff000000;
                    }
                }
                if (!warm) {
                    ContentAwareFill.fill(input, w, h, hole, null, FillOptions.withSeed(seed), FillMonitor.NONE);
                    warm = true;
                }
                long t0 = System.nanoTime();
                int[] ours = ContentAwareFill.fill(input, w, h, hole, null, FillOptions.withSeed(seed), FillMonitor.NONE);
                double ms = (System.nanoTime() - t0) / 1e6;
                rows.add(new Row(name, c, "engine", ms, FillMetrics.of(truth, ours, hole, w, h)));

                String stem = name.substring(0, name.indexOf('.')) + "-" + c.name().toLowerCase(Locale.ROOT);
                Path in = out.resolve(stem + "-input.png");
                Path mask = out.resolve(stem + "-mask.png");
                ImageIO.write(image(input, w, h), "png", in.toFile());
                ImageIO.write(maskImage(hole, w, h), "png", mask.toFile());
                Map<String, Double> cvTimes = opencv(script, in, mask, out.resolve(stem));
                List<int[]> strip = new ArrayList<>(List.of(truth, ours));
                for (var e : cvTimes.entrySet()) {
                    BufferedImage r = ImageIO.read(out.resolve(stem + "-" + e.getKey() + ".png").toFile());
                    int[] px = r.getRGB(0, 0, w, h, null, 0, w);
                    strip.add(px);
                    rows.add(new Row(name, c, e.getKey(), e.getValue(), FillMetrics.of(truth, px, hole, w, h)));
                }
                ImageIO.write(strip(strip, w, h), "png", out.resolve(stem + "-compare.png").toFile());
            }
        }
        print(rows);
    }

    private static BufferedImage oneMegapixel(BufferedImage src) {
        double s = Math.sqrt(1_000_000.0 / ((double) src.getWidth() * src.getHeight()));
        int w = (int) Math.round(src.getWidth() * s);
        int h = (int) Math.round(src.getHeight() * s);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static Map<String, Double> opencv(Path script, Path in, Path mask, Path prefix) throws Exception {
        // Debian's python3-opencv lives under the system python, which a pyenv or venv on PATH may hide
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Process p = new ProcessBuilder(python, script.toString(), in.toString(), mask.toString(), prefix.toString())
                .redirectErrorStream(true).start();
        Map<String, Double> times = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && (parts[0].equals("telea") || parts[0].equals("ns"))) {
                    times.put(parts[0], Double.parseDouble(parts[1]));
                } else {
                    System.err.println(line);
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("opencv_inpaint.py failed (is python3-opencv installed?)");
        }
        return times;
    }

    private static BufferedImage image(int[] px, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, w, h, px, 0, w);
        return img;
    }

    private static BufferedImage maskImage(boolean[] hole, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < hole.length; i++) {
            img.getRaster().setSample(i % w, i / w, 0, hole[i] ? 255 : 0);
        }
        return img;
    }

    private static BufferedImage strip(List<int[]> images, int w, int h) {
        BufferedImage out = new BufferedImage(w * images.size(), h, BufferedImage.TYPE_INT_RGB);
        for (int k = 0; k < images.size(); k++) {
            out.setRGB(k * w, 0, w, h, images.get(k), 0, w);
        }
        return out;
    }

    private static void print(List<Row> rows) {
        System.out.println("| photo | hole | method | time ms | PSNR dB | detail | seam | kept exact |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---|");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.0f | %.2f | %.2f | %.2f | %s |%n", r.photo(), r.hole(),
                    r.method(), r.ms(), r.m().psnr(), r.m().detail(), r.m().seam(), r.m().keptExact() ? "yes" : "no");
        }
        System.out.println();
        System.out.println("| hole | method | mean time ms | mean PSNR dB | mean detail | mean seam |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (HoleCases c : HoleCases.values()) {
            for (String m : List.of("engine", "telea", "ns")) {
                List<Row> sel = rows.stream().filter(r -> r.hole() == c && r.method().equals(m)).toList();
                if (sel.isEmpty()) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.2f | %.2f | %.2f |%n", c, m,
                        sel.stream().mapToDouble(Row::ms).average().orElse(0),
                        sel.stream().mapToDouble(r -> r.m().psnr()).average().orElse(0),
                        sel.stream().mapToDouble(r -> r.m().detail()).average().orElse(0),
                        sel.stream().mapToDouble(r -> r.m().seam()).average().orElse(0));
            }
        }
    }
}
