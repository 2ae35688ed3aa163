package app.refill.core.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLoaderTest {
    static final Path DATA = Path.of("../shared/testdata");
    private final ImageLoader loader = new ImageLoader();

    @Test
    void exifOrientationSixIsShownUpright() throws Exception {
        LoadedImage img = loader.load(DATA.resolve("ladybird-exif6.jpg"));
        assertEquals(1600, img.image().getWidth());
        assertEquals(1000, img.image().getHeight());
        assertEquals(6, img.orientation());
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, img.image().getType());
    }

    @Test
    void rowsConvertedWhileDecodingMatchThePlainDecodeExactly() throws Exception {
        for (String name : new String[] {"garden.jpg", "freshflower.png"}) {
            BufferedImage plain = ImageIO.read(DATA.resolve(name).toFile());
            BufferedImage opened = loader.load(DATA.resolve(name)).image();
            assertEquals(plain.getWidth(), opened.getWidth());
            for (int y = 0; y < plain.getHeight(); y += 3) {
                for (int x = 0; x < plain.getWidth(); x += 3) {
                    if (plain.getRGB(x, y) != opened.getRGB(x, y)) {
                        throw new AssertionError(name + " differs at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void cmykJpegDecodesWithPlausibleColours() throws Exception {
        BufferedImage img = loader.load(DATA.resolve("yellowflower-cmyk.jpg")).image();
        assertEquals(1280, img.getWidth());
        assertEquals(800, img.getHeight());
        long[] sum = meanRgb(img);
        // a yellow flower: red and green well above blue (an inverted or raw-CMYK decode fails this)
        assertTrue(sum[0] > sum[2] + 30 && sum[1] > sum[2] + 20, "mean rgb " + sum[0] + "," + sum[1] + "," + sum[2]);
    }

    @Test
    void webpMatchesThePngOfTheSamePhoto() throws Exception {
        BufferedImage png = loader.load(DATA.resolve("freshflower.png")).image();
        BufferedImage webp = loader.load(DATA.resolve("freshflower.webp")).image();
        assertEquals(800, webp.getWidth());
        assertEquals(602, webp.getHeight());
        long diff = 0;
        for (int y = 0; y < 602; y += 7) {
            for (int x = 0; x < 800; x += 7) {
                diff += Math.abs((png.getRGB(x, y) >> 8 & 0xff) - (webp.getRGB(x, y) >> 8 & 0xff));
            }
        }
        double mean = diff / (double) ((602 / 7 + 1) * (800 / 7 + 1));
        assertTrue(mean < 12, "mean green difference " + mean);
    }

    @Test
    void sixteenBitTiffOpens() throws Exception {
        BufferedImage img = loader.load(DATA.resolve("aqua-16bit.tiff")).image();
        assertEquals(1024, img.getWidth());
        assertEquals(640, img.getHeight());
        long[] mean = meanRgb(img);
        assertTrue(mean[0] + mean[1] + mean[2] > 30, "not black");
    }

    @Test
    void bmpOpens(@TempDir Path dir) throws Exception {
        BufferedImage src = new BufferedImage(5, 4, BufferedImage.TYPE_3BYTE_BGR);
        src.setRGB(2, 1, 0x00ff00);
        Path f = dir.resolve("img.bmp");
        ImageIO.write(src, "bmp", f.toFile());
        BufferedImage img = loader.load(f).image();
        assertEquals(5, img.getWidth());
        assertEquals(0xff00ff00, img.getRGB(2, 1));
        assertEquals(0xff000000, img.getRGB(0, 0));
    }

    @Test
    void animatedGifOpensItsFirstFrame() throws Exception {
        // two frames made with ImageMagick: black with one green pixel, then all blue
        Path gif = Path.of(getClass().getResource("/images/two-frames.gif").toURI());
        BufferedImage img = loader.load(gif).image();
        assertEquals(5, img.getWidth());
        assertEquals(0xff00ff00, img.getRGB(2, 1));
        assertEquals(0xff000000, img.getRGB(0, 0));
    }

    @Test
    void greyImagesKeepTheirValues(@TempDir Path dir) throws Exception {
        BufferedImage grey = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 0);
        grey.getRaster().setSample(1, 0, 0, 128);
        grey.getRaster().setSample(2, 0, 0, 255);
        Path f = dir.resolve("grey.png");
        ImageIO.write(grey, "png", f.toFile());
        BufferedImage img = loader.load(f).image();
        assertEquals(0xff000000, img.getRGB(0, 0));
        assertEquals(0xff808080, img.getRGB(1, 0));
        assertEquals(0xffffffff, img.getRGB(2, 0));
    }

    @Test
    void emptyFileSaysItIsEmpty() {
        ImageLoadException e = assertThrows(ImageLoadException.class, () -> loader.load(DATA.resolve("empty.png")));
        assertTrue(e.getMessage().contains("empty.png") && e.getMessage().contains("empty (0 bytes)"), e.getMessage());
    }

    @Test
    void randomBytesAreNotAnImage() {
        ImageLoadException e = assertThrows(ImageLoadException.class, () -> loader.load(DATA.resolve("random-bytes.png")));
        assertTrue(e.getMessage().contains("random-bytes.png") && e.getMessage().contains("PNG, JPEG, WebP"), e.getMessage());
    }

    @Test
    void truncatedJpegIsRefusedAsTruncated() {
        ImageLoadException e = assertThrows(ImageLoadException.class, () -> loader.load(DATA.resolve("truncated.jpg")));
        assertTrue(e.getMessage().contains("truncated.jpg") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedPngIsRefused(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(DATA.resolve("freshflower.png"));
        Path f = dir.resolve("cut.png");
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2));
        ImageLoadException e = assertThrows(ImageLoadException.class, () -> loader.load(f));
        assertTrue(e.getMessage().contains("cut.png"), e.getMessage());
    }

    @Test
    void missingFileAndFolderAreNamed(@TempDir Path dir) {
        ImageLoadException missing = assertThrows(ImageLoadException.class, () -> loader.load(dir.resolve("nope.jpg")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        ImageLoadException folder = assertThrows(ImageLoadException.class, () -> loader.load(dir));
        assertTrue(folder.getMessage().contains("folder"), folder.getMessage());
    }

    @Test
    void imagesOverThePixelLimitAreRefusedBeforeDecoding(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("wide.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", f.toFile());
        ImageLoader strict = new ImageLoader(100_000, () -> Long.MAX_VALUE);
        ImageLoadException e = assertThrows(ImageLoadException.class, () -> strict.load(f));
        assertTrue(e.getMessage().contains("400 x 300") && e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void aHeaderThatDeclaresHugeDimensionsIsRefusedFast(@TempDir Path dir) throws Exception {
        // a valid PNG whose IHDR claims 60000 x 60000 (3.6 gigapixels) but holds almost no data
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] bytes = png.toByteArray();
        writeInt(bytes, 16, 60000);
        writeInt(bytes, 20, 60000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes, 12, 17);
        writeInt(bytes, 29, (int) crc.getValue());
        Path f = dir.resolve("bomb.png");
        Files.write(f, bytes);
        ImageLoadException e = assertThrows(ImageLoadException.class, () -> loader.load(f));
        assertTrue(e.getMessage().contains("60000 x 60000"), e.getMessage());
    }

    @Test
    void imagesThatDoNotFitTheHeapAreRefusedWithTheNeed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("photo.png");
        ImageIO.write(new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB), "png", f.toFile());
        ImageLoader tight = new ImageLoader(ImageLoader.DEFAULT_MAX_PIXELS, () -> 1_000_000);
        ImageLoadException e = assertThrows(ImageLoadException.class, () -> tight.load(f));
        assertTrue(e.getMessage().contains("memory"), e.getMessage());
    }

    @Test
    void streamsDecodeToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(7, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        LoadedImage img = loader.load(new ByteArrayInputStream(out.toByteArray()), "clip");
        assertEquals(7, img.image().getWidth());
    }

    private static void writeInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static long[] meanRgb(BufferedImage img) {
        long r = 0, g = 0, b = 0, n = 0;
        for (int y = 0; y < img.getHeight(); y += 5) {
            for (int x = 0; x < img.getWidth(); x += 5) {
                int p = img.getRGB(x, y);
                r += p >> 16 & 0xff;
                g += p >> 8 & 0xff;
                b += p & 0xff;
                n++;
            }
        }
        return new long[] {r / n, g / n, b / n};
    }

}
