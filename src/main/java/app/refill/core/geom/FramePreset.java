package app.refill.core.geom;

import java.util.Optional;

/**
 * Ratio presets for the outpaint frame. A preset never crops: starting from the bare image, it extends the
 * sides its anchor allows, on one axis, by the smallest number of 64-px steps that brings the canvas ratio
 * closest to the target. When the anchor is centred the steps are shared between the two sides (the second
 * side gets the odd step).
 */
public final class FramePreset {
    private FramePreset() {
    }

    /** The result of applying a preset: the outsets, or why it cannot be done in one pass. */
    public record Result(Outsets outsets, Optional<String> problem) {
        static Result ok(Outsets o) {
            return new Result(o, Optional.empty());
        }
    }

    public static Result apply(Size image, double ratioW, double ratioH, Anchor anchor) {
        if (!(ratioW > 0 && ratioH > 0) || Double.isInfinite(ratioW) || Double.isInfinite(ratioH)) {
            return new Result(Outsets.NONE, Optional.of("A ratio needs two positive numbers, like 16:9."));
        }
        double target = ratioW / ratioH;
        double current = (double) image.width() / image.height();
        if (Math.abs(current - target) < 1e-12) {
            return Result.ok(Outsets.NONE);
        }
        boolean widen = target > current;
        int fixed = widen ? image.height() : image.width();
        int base = widen ? image.width() : image.height();
        // the ideal length along the growing axis; check the step counts on either side of it
        double ideal = widen ? fixed * target : fixed / target;
        int n = bestSteps(base, fixed, ideal, widen, target);
        int[] split = split(n, widen ? anchor.column : anchor.row);
        int first = split[0] * Outsets.STEP;
        int second = split[1] * Outsets.STEP;
        if (first > Outsets.MAX_SIDE || second > Outsets.MAX_SIDE) {
            boolean both = first > 0 && second > 0;
            String where = widen ? (both ? "left and right sides" : first > 0 ? "left side" : "right side")
                    : (both ? "top and bottom sides" : first > 0 ? "top side" : "bottom side");
            return new Result(Outsets.NONE, Optional.of(String.format(java.util.Locale.ROOT,
                    "%s:%s can't be reached in one pass: it needs %d px on the %s, and a side takes at most "
                            + "%d px. Use a ratio closer to the photo's, or generate and extend again.",
                    fmt(ratioW), fmt(ratioH), Math.max(first, second), where, Outsets.MAX_SIDE)));
        }
        Outsets o = widen ? new Outsets(0, second, 0, first) : new Outsets(first, 0, second, 0);
        return Result.ok(o);
    }

    private static int bestSteps(int base, int fixed, double ideal, boolean widen, double target) {
        int below = (int) Math.max(0, Math.floor((ideal - base) / Outsets.STEP));
        int best = 0;
        double bestError = Double.MAX_VALUE;
        for (int n = Math.max(0, below - 1); n <= below + 2; n++) {
            int length = base + n * Outsets.STEP;
            double ratio = widen ? (double) length / fixed : (double) fixed / length;
            double error = Math.abs(Math.log(ratio / target));
            if (error < bestError - 1e-12) {
                best = n;
                bestError = error;
            }
        }
        return best;
    }

    /** Steps for the {first (left/top), second (right/bottom)} side. */
    private static int[] split(int n, int anchorPosition) {
        if (anchorPosition < 0) {
            return new int[] {0, n};
        }
        if (anchorPosition > 0) {
            return new int[] {n, 0};
        }
        return new int[] {n / 2, n - n / 2};
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
