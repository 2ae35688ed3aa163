package app.refill.ui;

import app.refill.core.image.Mask;
import app.refill.core.image.MaskFeather;
import app.refill.core.image.MaskMorphology;
import java.util.function.BiFunction;

/** Whole-mask commands from the Mask menu; each computes a new mask from a copy, off the UI thread. */
public enum MaskOperation {
    INVERT("Invert mask", false, (m, n) -> {
        Mask out = m.copy();
        byte[] d = out.writableRaw();
        for (int i = 0; i < d.length; i++) {
            d[i] = (byte) (255 - (d[i] & 0xff));
        }
        return out;
    }),
    CLEAR("Clear mask", false, (m, n) -> new Mask(m.width(), m.height())),
    GROW("Grow mask", true, MaskMorphology::grow),
    SHRINK("Shrink mask", true, MaskMorphology::shrink),
    FEATHER("Feather mask", true, MaskFeather::feather);

    private final String label;
    private final boolean takesPixels;
    private final BiFunction<Mask, Integer, Mask> op;

    MaskOperation(String label, boolean takesPixels, BiFunction<Mask, Integer, Mask> op) {
        this.label = label;
        this.takesPixels = takesPixels;
        this.op = op;
    }

    public String label() {
        return label;
    }

    public boolean takesPixels() {
        return takesPixels;
    }

    public Mask apply(Mask copy, int pixels) {
        return op.apply(copy, pixels);
    }
}
