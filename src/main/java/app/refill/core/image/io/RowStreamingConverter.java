package app.refill.core.image.io;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadUpdateListener;

/**
 * Converts decoded rows of a 3-byte BGR image (what JPEG and PNG decoders produce for photos) to
 * TYPE_INT_ARGB_PRE on another core while the decoder is still working on later rows, so that opening a photo
 * costs little more than decoding it. Progressive or multi-pass images and other layouts are left alone:
 * {@link #finish} then returns null and the caller converts afterwards.
 */
final class RowStreamingConverter implements IIOReadUpdateListener {
    private static final int BATCH_ROWS = 128;

    private final int width;
    private final int height;
    private CompletableFuture<BufferedImage> tail;
    private byte[] source;
    private int handedOver;
    private int decoded;
    private boolean viable = true;

    RowStreamingConverter(int width, int height) {
        this.width = width;
        this.height = height;
        this.tail = CompletableFuture.supplyAsync(() -> new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE));
    }

    @Override
    public void passStarted(ImageReader r, BufferedImage img, int pass, int minPass, int maxPass, int minX, int minY,
            int periodX, int periodY, int[] bands) {
        if (pass > 0 || periodX != 1 || periodY != 1 || minX != 0 || minY != 0) {
            viable = false;
        }
    }

    @Override
    public void imageUpdate(ImageReader r, BufferedImage img, int minX, int minY, int w, int h, int periodX,
            int periodY, int[] bands) {
        if (!viable) {
            return;
        }
        if (source == null) {
            if (img == null || !FastArgbConversion.isPlainBgr(img) || minX != 0 || w != width) {
                viable = false;
                return;
            }
            source = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        }
        if (minY != decoded || periodY != 1) {
            viable = false;
            return;
        }
        decoded = minY + h;
        if (decoded - handedOver >= BATCH_ROWS) {
            handOver(decoded);
        }
    }

    /** The converted image once every row is done, or null when streaming did not apply. */
    BufferedImage finish(BufferedImage decodedImage) {
        if (!viable || source == null || decoded != height || !FastArgbConversion.isPlainBgr(decodedImage)
                || ((DataBufferByte) decodedImage.getRaster().getDataBuffer()).getData() != source) {
            tail.cancel(false);
            return null;
        }
        handOver(height);
        return tail.join();
    }

    private void handOver(int upTo) {
        int from = handedOver;
        byte[] bgr = source;
        int w = width;
        tail = tail.thenApplyAsync(out -> {
            FastArgbConversion.bgrToArgb(bgr, ((DataBufferInt) out.getRaster().getDataBuffer()).getData(),
                    from * w, upTo * w);
            return out;
        });
        handedOver = upTo;
    }

    @Override
    public void passComplete(ImageReader r, BufferedImage img) {
    }

    @Override
    public void thumbnailPassStarted(ImageReader r, BufferedImage t, int p, int minP, int maxP, int minX, int minY,
            int periodX, int periodY, int[] bands) {
    }

    @Override
    public void thumbnailUpdate(ImageReader r, BufferedImage t, int minX, int minY, int w, int h, int periodX,
            int periodY, int[] bands) {
    }

    @Override
    public void thumbnailPassComplete(ImageReader r, BufferedImage t) {
    }
}
