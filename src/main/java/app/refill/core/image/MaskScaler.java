package app.refill.core.image;

/** Scales masks for a provider; the picture beside them is shrunk by {@link AreaAverage}. */
public final class MaskScaler {
    private MaskScaler() {
    }

    /**
     * Scales a mask region to 0/255: an output pixel is white when any source pixel it covers has coverage, so
     * thin strokes survive downscaling (a provider regenerating a little more is harmless; less is visible).
     */
    public static Mask cropScaleBinary(Mask src, int x, int y, int w, int h, int outW, int outH) {
        Mask out = new Mask(outW, outH);
        byte[] o = out.writableRaw();
        byte[] s = src.raw();
        int stride = src.width();
        int[] x0 = new int[outW];
        int[] x1 = new int[outW];
        for (int i = 0; i < outW; i++) {
            x0[i] = x + (int) ((long) i * w / outW);
            x1[i] = Math.max(x0[i] + 1, x + (int) (((long) (i + 1) * w + outW - 1) / outW));
        }
        for (int j = 0; j < outH; j++) {
            int y0 = y + (int) ((long) j * h / outH);
            int y1 = Math.max(y0 + 1, y + (int) (((long) (j + 1) * h + outH - 1) / outH));
            for (int i = 0; i < outW; i++) {
                boolean any = false;
                for (int sy = y0; sy < y1 && !any; sy++) {
                    int row = sy * stride;
                    for (int sx = x0[i]; sx < x1[i]; sx++) {
                        if (s[row + sx] != 0) {
                            any = true;
                            break;
                        }
                    }
                }
                o[j * outW + i] = any ? (byte) 255 : 0;
            }
        }
        return out;
    }
}
