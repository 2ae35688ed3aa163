package app.refill.core.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskCodecTest {
    private final MaskCodec codec = new MaskCodec(new ImageLoader());

    @Test
    void exportIsAnEightBitGreyPngOfTheMaskSizeAndReadsBackIdentically(@TempDir Path dir) throws Exception {
        Mask m = new Mask(5, 3);
        m.set(0, 0, 255);
        m.set(1, 1, 128);
        m.set(4, 2, 37);
        Path f = dir.resolve("mask.png");
        codec.write(m, f);
        BufferedImage written = ImageIO.read(f.toFile());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, written.getType());
        assertEquals(8, written.getColorModel().getPixelSize());
        assertEquals(5, written.getWidth());
        assertEquals(3, written.getHeight());
        assertEquals(128, written.getRaster().getSample(1, 1, 0));
        Mask back = codec.read(f, new Size(5, 3));
        assertArrayEquals(m.raw(), back.raw());
    }

    @Test
    void transparentPixelsCountAsRegenerate(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0x00000000); // transparent -> regenerate
        img.setRGB(1, 0, 0xff000000); // opaque black -> keep
        img.setRGB(2, 0, 0xffffffff); // opaque white -> regenerate
        Path f = dir.resolve("alpha.png");
        ImageIO.write(img, "png", f.toFile());
        Mask m = codec.read(f, new Size(3, 1));
        assertEquals(255, m.get(0, 0));
        assertEquals(0, m.get(1, 0));
        assertEquals(255, m.get(2, 0));
    }

    @Test
    void aMaskOfAnotherSizeIsRefusedWithBothSizesOrScaled(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(0, 0, 0, 255);
        img.getRaster().setSample(1, 0, 0, 255);
        img.getRaster().setSample(0, 1, 0, 255);
        img.getRaster().setSample(1, 1, 0, 255);
        Path f = dir.resolve("small.png");
        ImageIO.write(img, "png", f.toFile());
        MaskSizeMismatchException e = assertThrows(MaskSizeMismatchException.class, () -> codec.read(f, new Size(8, 4)));
        assertTrue(e.getMessage().contains("4 x 2") && e.getMessage().contains("8 x 4"), e.getMessage());
        Mask scaled = codec.readScaled(f, new Size(8, 4));
        assertEquals(8, scaled.width());
        assertEquals(255, scaled.get(0, 0));
        assertEquals(255, scaled.get(2, 3));
        assertEquals(0, scaled.get(7, 0));
    }

    @Test
    void theGardenMaskImportsAtThePhotoSize() throws Exception {
        Mask m = codec.read(ImageLoaderTest.DATA.resolve("garden-mask.png"), new Size(2560, 1600));
        assertEquals(255, m.get(1280, 800), "the ellipse centre is white");
        assertEquals(0, m.get(2, 2));
    }
}
