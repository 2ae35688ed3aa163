package app.refill.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the scales: the finest level from the image (colours plus texture channels), then halves until the
 * short side is under {@link #COARSEST_SIDE}. A coarse pixel is hole if any of its children is, so a hole
 * never shrinks away; known coarse pixels average their children.
 */
final class Pyramid {
    static final int COARSEST_SIDE = 96;
    /** Half-size of the window over which gradient magnitudes are averaged into the texture channels. */
    private static final int TEXTURE_RADIUS = 2;

    private Pyramid() {
    }

    /** Index 0 is the finest level. */
    static List<Level> build(int[] argb, int w, int h, boolean[] hole) {
        Level fine = new Level(w, h);
        for (int i = 0; i < argb.length; i++) {
            fine.hole[i] = hole[i];
            int c = argb[i];
            fine.ch[0][i] = c >> 16 & 0xff;
            fine.ch[1][i] = c >> 8 & 0xff;
            fine.ch[2][i] = c & 0xff;
        }
        texture(fine);
        List<Level> levels = new ArrayList<>();
        levels.add(fine);
        Level cur = fine;
        while (Math.min(cur.w, cur.h) >= COARSEST_SIDE) {
            cur = half(cur);
            levels.add(cur);
        }
        return levels;
    }

    /** Local mean of |dI/dx| and |dI/dy| of luminance over known pixels; hole pixels are left 0 (filled later). */
    static void texture(Level l) {
        int w = l.w;
        int h = l.h;
        int[] lum = new int[w * h];
        for (int i = 0; i < lum.length; i++) {
            lum[i] = (l.ch[0][i] * 77 + l.ch[1][i] * 150 + l.ch[2][i] * 29) >> 8;
        }
        int[] gx = new int[w * h];
        int[] gy = new int[w * h];
        int[] known = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int xl = x > 0 ? i - 1 : i;
                int xr = x < w - 1 ? i + 1 : i;
                int yu = y > 0 ? i - w : i;
                int yd = y < h - 1 ? i + w : i;
                if (!l.hole[i] && !l.hole[xl] && !l.hole[xr] && !l.hole[yu] && !l.hole[yd]) {
                    gx[i] = Math.abs(lum[xr] - lum[xl]);
                    gy[i] = Math.abs(lum[yd] - lum[yu]);
                    known[i] = 1;
                }
            }
        }
        int[] sx = boxSum(gx, w, h, TEXTURE_RADIUS);
        int[] sy = boxSum(gy, w, h, TEXTURE_RADIUS);
        int[] sk = boxSum(known, w, h, TEXTURE_RADIUS);
        for (int i = 0; i < lum.length; i++) {
            if (!l.hole[i] && sk[i] > 0) {
                l.ch[3][i] = Level.TEXTURE_SCALE * sx[i] / sk[i];
                l.ch[4][i] = Level.TEXTURE_SCALE * sy[i] / sk[i];
            }
        }
    }

    private static int[] boxSum(int[] a, int w, int h, int r) {
        int[] rows = new int[w * h];
        for (int y = 0; y < h; y++) {
            int sum = 0;
            int row = y * w;
            for (int x = -r; x <= r; x++) {
                sum += x >= 0 && x < w ? a[row + x] : 0;
            }
            for (int x = 0; x < w; x++) {
                rows[row + x] = sum;
                int add = x + r + 1;
                int sub = x - r;
                sum += (add < w ? a[row + add] : 0) - (sub >= 0 ? a[row + sub] : 0);
            }
        }
        int[] out = new int[w * h];
        int[] col = new int[w];
        for (int y = -r; y <= r; y++) {
            if (y >= 0 && y < h) {
                for (int x = 0; x < w; x++) {
                    col[x] += rows[y * w + x];
                }
            }
        }
        for (int y = 0; y < h; y++) {
            int add = y + r + 1;
            int sub = y - r;
            for (int x = 0; x < w; x++) {
                out[y * w + x] = col[x];
                col[x] += (add < h ? rows[add * w + x] : 0) - (sub >= 0 ? rows[sub * w + x] : 0);
            }
        }
        return out;
    }

    static Level half(Level f) {
        int w = (f.w + 1) / 2;
        int h = (f.h + 1) / 2;
        Level c = new Level(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                boolean hole = false;
                int n = 0;
                int[] sum = new int[Level.CHANNELS];
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int fx = 2 * x + dx;
                        int fy = 2 * y + dy;
                        if (fx < f.w && fy < f.h) {
                            int j = fy * f.w + fx;
                            hole |= f.hole[j];
                            for (int k = 0; k < Level.CHANNELS; k++) {
                                sum[k] += f.ch[k][j];
                            }
                            n++;
                        }
                    }
                }
                c.hole[i] = hole;
                for (int k = 0; k < Level.CHANNELS; k++) {
                    c.ch[k][i] = hole ? 0 : (sum[k] + n / 2) / n;
                }
            }
        }
        return c;
    }

    /** The sample-area mask halved like the hole: a coarse pixel is allowed only if all its children are. */
    static boolean[] halfAllowed(boolean[] a, int fw, int fh) {
        int w = (fw + 1) / 2;
        int h = (fh + 1) / 2;
        boolean[] out = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean ok = true;
                for (int dy = 0; dy < 2 && ok; dy++) {
                    for (int dx = 0; dx < 2 && ok; dx++) {
                        int fx = Math.min(2 * x + dx, fw - 1);
                        int fy = Math.min(2 * y + dy, fh - 1);
                        ok = a[fy * fw + fx];
                    }
                }
                out[y * w + x] = ok;
            }
        }
        return out;
    }
}
