package app.refill.core.plan;

/**
 * How a provider wants its input shaped (from ../shared/providers).
 *
 * @param maxPixels     never send more pixels than this (the canvas is scaled down to fit)
 * @param minSide       smallest side worth sending; a fill's context crop grows to it when the image allows
 * @param expandStep    expand sides must be multiples of this at the sent scale (Runware 64, BFL 1)
 * @param expandsByFill the provider has no expand endpoint: send the padded canvas with a white-border mask
 */
public record SizeRules(long maxPixels, int minSide, int expandStep, boolean expandsByFill) {
    public static final long DEFAULT_MAX_PIXELS = 4_000_000L;

    public SizeRules {
        if (maxPixels < 64 * 64 || minSide < 1 || expandStep < 1) {
            throw new IllegalArgumentException("unusable size rules");
        }
    }
}
