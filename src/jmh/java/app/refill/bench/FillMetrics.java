package app.refill.bench;

/**
 * The report's measures on the hole. PSNR against the true content; detail: mean gradient magnitude of the
 * result inside the hole divided by the true content's (below 1 means blur); seam: mean luminance step
 * across the hole's edge divided by the same step in the true photo (1 = as smooth as the photo); and
 * whether every kept pixel is bit-exact.
 */
record FillMetrics(double psnr, double detail, double seam, boolean keptExact) {

    static FillMetrics of(int[] truth, int[] result, boolean[] hole, int w, int h) {
        double se = 0;
        long n = 0;
        boolean exact = true;
        for (int i = 0; i < truth.length; i++) {
            if (hole[i]) {
                for (int s = 0; s < 24; s += 8) {
                    double d = (truth[i] >> s & 0xff) - (result[i] >> s & 0xff);
                    se += d * d;
                }
                n += 3;
            } else if ((truth[i] & 0xffffff) != (result[i] & 0xffffff)) {
                exact = false;
            }
        }
        double mse = se / Math.max(1, n);
        double psnr = mse == 0 ? 99 : 10 * Math.log10(255.0 * 255.0 / mse);
        return new FillMetrics(psnr, gradient(result, hole, w, h) / gradient(truth, hole, w, h),
                seamStep(result, hole, w, h) / seamStep(truth, hole, w, h), exact);
    }

    static double lum(int c) {
        return 0.299 * (c >> 16 & 0xff) + 0.587 * (c >> 8 & 0xff) + 0.114 * (c & 0xff);
    }

    /** Mean central-difference gradient magnitude over hole pixels whose neighbours are in the image. */
    private static double gradient(int[] img, boolean[] hole, int w, int h) {
        double sum = 0;
        long n = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (hole[i]) {
                    double gx = (lum(img[i + 1]) - lum(img[i - 1])) / 2;
                    double gy = (lum(img[i + w]) - lum(img[i - w])) / 2;
                    sum += Math.sqrt(gx * gx + gy * gy);
                    n++;
                }
            }
        }
        return sum / Math.max(1, n);
    }

    /** Mean |luminance difference| over 4-neighbour pairs with one pixel kept and one in the hole. */
    private static double seamStep(int[] img, boolean[] hole, int w, int h) {
        double sum = 0;
        long n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (x + 1 < w && hole[i] != hole[i + 1]) {
                    sum += Math.abs(lum(img[i]) - lum(img[i + 1]));
                    n++;
                }
                if (y + 1 < h && hole[i] != hole[i + w]) {
                    sum += Math.abs(lum(img[i]) - lum(img[i + w]));
                    n++;
                }
            }
        }
        return sum / Math.max(1, n);
    }
}
