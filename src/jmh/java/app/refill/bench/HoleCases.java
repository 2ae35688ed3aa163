package app.refill.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** The holes of the quality report, each cut from a photo whose true content is therefore known. */
enum HoleCases {
    /** A centred rectangle of 10 % of the area (object removal). */
    CENTRE_10,
    /** Thin scribbles 3–9 px wide (wires, scratches, blemishes). */
    SCRIBBLES,
    /** A strip of 25 % on the right (extending one side). */
    STRIP_25,
    /** A frame of 25 % of the area on all four sides (extending all around). */
    FRAME_25;

    boolean[] hole(int w, int h) {
        boolean[] m = new boolean[w * h];
        switch (this) {
            case CENTRE_10 -> {
                int rw = (int) Math.round(w * Math.sqrt(0.1));
                int rh = (int) Math.round(h * Math.sqrt(0.1));
                rect(m, w, (w - rw) / 2, (h - rh) / 2, rw, rh);
            }
            case STRIP_25 -> rect(m, w, w - w / 4, 0, w / 4, h);
            case FRAME_25 -> {
                // border b with 1 - (1 - 2b/w)(1 - 2b/h) = 0.25
                double a = 4;
                double b = -2.0 * (w + h);
                double c = 0.25 * w * h;
                int border = (int) Math.round((-b - Math.sqrt(b * b - 4 * a * c)) / (2 * a));
                rect(m, w, 0, 0, w, border);
                rect(m, w, 0, h - border, w, border);
                rect(m, w, 0, 0, border, h);
                rect(m, w, w - border, 0, border, h);
            }
            case SCRIBBLES -> scribbles(m, w, h);
        }
        return m;
    }

    private static void rect(boolean[] m, int w, int x0, int y0, int rw, int rh) {
        for (int y = y0; y < y0 + rh; y++) {
            for (int x = x0; x < x0 + rw; x++) {
                m[y * w + x] = true;
            }
        }
    }

    private static void scribbles(boolean[] m, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.WHITE);
        Random rnd = new Random(42);
        for (int s = 0; s < 14; s++) {
            g.setStroke(new BasicStroke(3 + rnd.nextInt(7), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D p = new Path2D.Double();
            double x = rnd.nextDouble() * w;
            double y = rnd.nextDouble() * h;
            p.moveTo(x, y);
            for (int k = 0; k < 6; k++) {
                double nx = x + (rnd.nextDouble() - 0.5) * w * 0.35;
                double ny = y + (rnd.nextDouble() - 0.5) * h * 0.35;
                p.quadTo((x + nx) / 2 + (rnd.nextDouble() - 0.5) * 80, (y + ny) / 2 + (rnd.nextDouble() - 0.5) * 80, nx, ny);
                x = nx;
                y = ny;
            }
            g.draw(p);
        }
        g.dispose();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                m[y * w + x] = img.getRaster().getSample(x, y, 0) > 0;
            }
        }
    }
}
