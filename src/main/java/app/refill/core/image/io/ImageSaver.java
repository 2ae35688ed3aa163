package app.refill.core.image.io;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes results with their generation parameters: PNG as a {@code parameters} tEXt chunk (the convention
 * A1111 and most tools read) plus an XMP packet (iTXt {@code XML:com.adobe.xmp}), JPEG as a comment segment
 * plus XMP in APP1; TIFF and WebP without metadata (their writers here keep none).
 * Written to a temporary file and moved into place, so a failed save never leaves half a file.
 */
public final class ImageSaver {
    private ImageSaver() {
    }

    public static void write(BufferedImage img, Path file, String format, String parameters, float quality)
            throws IOException {
        String fmt = format.toLowerCase(Locale.ROOT);
        BufferedImage out = fmt.equals("png") ? img : opaque(img);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(fmt);
        if (!writers.hasNext()) {
            throw new IOException("no " + format + " writer available");
        }
        ImageWriter w = writers.next();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".refill-", ".tmp");
        try {
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(tmp.toFile())) {
                w.setOutput(ios);
                ImageWriteParam p = w.getDefaultWriteParam();
                if (!fmt.equals("png") && p.canWriteCompressed()) {
                    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    if (fmt.equals("webp")) {
                        p.setCompressionType(p.getCompressionTypes()[0]);
                    }
                    p.setCompressionQuality(quality);
                }
                IIOMetadata meta = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(out), p);
                if (parameters != null) {
                    addText(meta, fmt, parameters);
                }
                w.write(null, new IIOImage(out, null, meta), p);
            } finally {
                w.dispose();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void addText(IIOMetadata meta, String fmt, String text) throws IOException {
        if (meta == null) {
            return;
        }
        if (fmt.equals("png")) {
            IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
            entry.setAttribute("keyword", "parameters");
            entry.setAttribute("value", text);
            IIOMetadataNode chunk = new IIOMetadataNode("tEXt");
            chunk.appendChild(entry);
            IIOMetadataNode xmp = new IIOMetadataNode("iTXtEntry");
            xmp.setAttribute("keyword", "XML:com.adobe.xmp");
            xmp.setAttribute("compressionFlag", "FALSE");
            xmp.setAttribute("compressionMethod", "0");
            xmp.setAttribute("languageTag", "");
            xmp.setAttribute("translatedKeyword", "");
            xmp.setAttribute("text", Xmp.packet(text));
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            itxt.appendChild(xmp);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(chunk);
            root.appendChild(itxt);
            meta.mergeTree("javax_imageio_png_1.0", root);
        } else if (fmt.equals("jpeg") || fmt.equals("jpg")) {
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_jpeg_image_1.0");
            IIOMetadataNode markers = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
            IIOMetadataNode com = new IIOMetadataNode("com");
            com.setAttribute("comment", text);
            markers.appendChild(com);
            IIOMetadataNode app1 = new IIOMetadataNode("unknown");
            app1.setAttribute("MarkerTag", "225");
            app1.setUserObject(Xmp.jpegSegment(text));
            markers.appendChild(app1);
            meta.setFromTree("javax_imageio_jpeg_image_1.0", root);
        }
    }

    private static BufferedImage opaque(BufferedImage img) {
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
