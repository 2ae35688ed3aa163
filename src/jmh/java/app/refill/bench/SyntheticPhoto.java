package app.refill.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** A 24 MP JPEG made by upscaling a real photo from shared/testdata, so it has photographic detail. */
final class SyntheticPhoto {
    private SyntheticPhoto() {
    }

    static Path jpeg24mp() throws IOException {
        Path out = Files.createTempFile("refill-bench-24mp", ".jpg");
        out.toFile().deleteOnExit();
        BufferedImage src = ImageIO.read(new File("../shared/testdata/garden.jpg"));
        BufferedImage big = new BufferedImage(6000, 4000, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, 0, 0, 6000, 4000, null);
        g.dispose();
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.9f);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out.toFile())) {
            w.setOutput(ios);
            w.write(null, new IIOImage(big, null, null), p);
        } finally {
            w.dispose();
        }
        return out;
    }
}
