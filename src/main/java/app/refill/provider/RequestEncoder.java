package app.refill.provider;

import app.refill.core.geom.Size;
import app.refill.core.image.Mask;
import app.refill.core.plan.Plan;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes a {@link Plan} for the wire: the image as a quality-95 JPEG (small and quick to upload; the
 * paste-back keeps everything outside the mask bit-identical anyway) and the mask as an 8-bit PNG.
 */
public final class RequestEncoder {
    private static final float JPEG_QUALITY = 0.95f;

    private RequestEncoder() {
    }

    public static GenerationRequest encode(Plan plan, GenerationParams params) {
        BufferedImage img = plan.image();
        byte[] mask = plan.mask() == null ? null : png(plan.mask());
        return new GenerationRequest(plan.kind(), jpeg(img), "image/jpeg", mask,
                new Size(img.getWidth(), img.getHeight()), plan.sides(), params);
    }

    static byte[] jpeg(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(JPEG_QUALITY);
            w.setOutput(ios);
            w.write(null, new IIOImage(rgb, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }

    public static byte[] png(Mask m) {
        BufferedImage grey = new BufferedImage(m.width(), m.height(), BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(m.raw(), 0, ((DataBufferByte) grey.getRaster().getDataBuffer()).getData(), 0, m.raw().length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(grey, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
