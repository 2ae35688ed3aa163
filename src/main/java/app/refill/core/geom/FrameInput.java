package app.refill.core.geom;

import java.util.Locale;

/**
 * What a typed frame side means: a number of pixels, rounded to a multiple of 64 and clamped to 0..2048, with
 * a note when the value was changed; or a refusal when it is not a number (the frame then stays as it was).
 */
public record FrameInput(boolean accepted, int value, String note) {
    public static FrameInput parse(String text) {
        String t = text == null ? "" : text.trim().replace("px", "").trim();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return new FrameInput(false, 0, "\"" + text + "\" is not a number of pixels (0–2048).");
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return new FrameInput(false, 0, "\"" + text + "\" is not a number of pixels (0–2048).");
        }
        if (v < 0) {
            return new FrameInput(true, 0, "The frame only extends the picture: " + fmt(v) + " was clamped to 0.");
        }
        if (v > Outsets.MAX_SIDE) {
            return new FrameInput(true, Outsets.MAX_SIDE, fmt(v) + " is more than a side can take: clamped to "
                    + Outsets.MAX_SIDE + ".");
        }
        int snapped = Outsets.snap(v);
        String note = snapped == v ? "" : fmt(v) + " rounded to " + snapped + " (sides go in steps of 64 px).";
        return new FrameInput(true, snapped, note);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
