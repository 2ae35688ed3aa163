package app.refill.core.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSaverTest {
    @Test
    void pngAndJpegCarryTheParametersAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_ARGB_PRE);
        img.setRGB(1, 1, 0xff336699);
        for (String fmt : new String[] {"png", "jpeg"}) {
            Path f = dir.resolve("out." + fmt);
            ImageSaver.write(img, f, fmt, "a red sofa\nSeed: 7, Provider: bfl", 0.9f);
            BufferedImage back = ImageIO.read(f.toFile());
            assertEquals(8, back.getWidth(), fmt);
            String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertTrue(raw.contains("Seed: 7, Provider: bfl"), fmt + " keeps the parameters");
        }
        assertEquals(0xff336699, ImageIO.read(dir.resolve("out.png").toFile()).getRGB(1, 1), "PNG is lossless");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void pngAndJpegCarryXmpThatPhotoToolsRead(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_ARGB_PRE);
        String params = "a <red> sofa & \"chair\"\nSeed: 7, Provider: fal";
        for (String fmt : new String[] {"png", "jpeg"}) {
            Path f = dir.resolve("xmp." + fmt);
            ImageSaver.write(img, f, fmt, params, 0.9f);
            var meta = com.drew.imaging.ImageMetadataReader.readMetadata(f.toFile());
            var xmp = meta.getFirstDirectoryOfType(com.drew.metadata.xmp.XmpDirectory.class);
            assertTrue(xmp != null, fmt + " has an XMP packet");
            var values = xmp.getXmpProperties();
            assertEquals("Refill", values.get("xmp:CreatorTool"), fmt);
            assertEquals(params, values.get("dc:description[1]"), fmt + ": the parameters, unescaped by the reader");
        }
    }
}
