import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws Refill's app icon at every size the platforms use and writes the PNGs, a Windows .ico and a macOS
 * .icns (both PNG-compressed entries) next to this file. Run from the repository root:
 * {@code java assets/icons/MakeIcons.java}. Vector drawing, so each size is drawn, not scaled.
 */
public class MakeIcons {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("assets/icons");
        List<byte[]> ico = new ArrayList<>();
        List<Integer> icoSizes = new ArrayList<>();
        ByteArrayOutputStream icns = new ByteArrayOutputStream();
        for (int s : SIZES) {
            byte[] png = png(draw(s));
            Files.write(dir.resolve("refill-" + s + ".png"), png);
            if (s <= 256) {
                ico.add(png);
                icoSizes.add(s);
            }
            String type = switch (s) {
                case 16 -> "icp4";
                case 32 -> "icp5";
                case 64 -> "icp6";
                case 128 -> "ic07";
                case 256 -> "ic08";
                case 512 -> "ic09";
                case 1024 -> "ic10";
                default -> null;
            };
            if (type != null) {
                DataOutputStream d = new DataOutputStream(icns);
                d.writeBytes(type);
                d.writeInt(png.length + 8);
                d.write(png);
            }
        }
        Files.write(dir.resolve("refill.ico"), ico(ico, icoSizes));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(file);
        d.writeBytes("icns");
        d.writeInt(icns.size() + 8);
        icns.writeTo(d);
        Files.write(dir.resolve("refill.icns"), file.toByteArray());
    }

    /** A violet tile; on it a photo card (sky, hills, sun) whose right part is being brushed in pink. */
    static BufferedImage draw(int s) {
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(s / 100.0, s / 100.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x4338ca), 100, 100, new Color(0x9333ea)));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
        // the photo card
        RoundRectangle2D card = new RoundRectangle2D.Double(18, 24, 64, 52, 8, 8);
        g.setColor(new Color(0xf8fafc));
        g.fill(card);
        g.setClip(card);
        g.setPaint(new GradientPaint(0, 24, new Color(0x7dd3fc), 0, 76, new Color(0xe0f2fe)));
        g.fill(new RoundRectangle2D.Double(21, 27, 58, 46, 6, 6));
        g.setColor(new Color(0xfbbf24));
        g.fillOval(30, 33, 11, 11);
        Path2D hills = new Path2D.Double();
        hills.moveTo(18, 76);
        hills.lineTo(18, 62);
        hills.curveTo(32, 48, 44, 52, 54, 60);
        hills.curveTo(62, 52, 72, 50, 82, 58);
        hills.lineTo(82, 76);
        hills.closePath();
        g.setColor(new Color(0x16a34a));
        g.fill(hills);
        // the pink mask stroke, the way Refill tints what will be regenerated
        g.setClip(null);
        g.setColor(new Color(255, 45, 85, 215));
        g.setStroke(new BasicStroke(13, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D stroke = new Path2D.Double();
        stroke.moveTo(58, 40);
        stroke.curveTo(70, 44, 66, 56, 76, 62);
        g.draw(stroke);
        // sparkle: the generated part
        if (s >= 32) {
            g.setColor(Color.WHITE);
            Path2D star = new Path2D.Double();
            double cx = 78, cy = 22, r = 9, k = 2.2;
            star.moveTo(cx, cy - r);
            star.lineTo(cx + k, cy - k);
            star.lineTo(cx + r, cy);
            star.lineTo(cx + k, cy + k);
            star.lineTo(cx, cy + r);
            star.lineTo(cx - k, cy + k);
            star.lineTo(cx - r, cy);
            star.lineTo(cx - k, cy - k);
            star.closePath();
            g.fill(star);
        }
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG entries (Windows Vista and later read them). */
    static byte[] ico(List<byte[]> pngs, List<Integer> sizes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = pngs.size();
        le16(out, 0);
        le16(out, 1);
        le16(out, n);
        int offset = 6 + 16 * n;
        for (int i = 0; i < n; i++) {
            int s = sizes.get(i);
            out.write(s >= 256 ? 0 : s);
            out.write(s >= 256 ? 0 : s);
            out.write(0);
            out.write(0);
            le16(out, 1);
            le16(out, 32);
            le32(out, pngs.get(i).length);
            le32(out, offset);
            offset += pngs.get(i).length;
        }
        for (byte[] p : pngs) {
            out.write(p);
        }
        return out.toByteArray();
    }

    static void le16(ByteArrayOutputStream o, int v) {
        o.write(v & 0xff);
        o.write((v >> 8) & 0xff);
    }

    static void le32(ByteArrayOutputStream o, int v) {
        le16(o, v & 0xffff);
        le16(o, (v >>> 16) & 0xffff);
    }
}
