package app.refill.provider;

import app.refill.core.doc.JobKind;
import app.refill.core.geom.Size;
import app.refill.core.plan.SizeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a provider can do and which values it accepts (from ../shared/providers). A null range means the
 * provider has no such parameter. {@link #problems} checks a request before any network call.
 *
 * @param maxPerCall results one call can return (BFL 1: N variations are N calls)
 * @param maxCount   variations a job may ask for
 * @param pricing    what a job costs, from the provider's published pricing
 */
public record Capabilities(String model, boolean fill, boolean expand, SizeRules sizeRules, int maxPerCall,
        int maxCount, Range steps, Range guidance, Range safety, Range promptLength, Set<OutputFormat> formats,
        Pricing pricing) {

    /** A price per returned image plus a price per started megapixel of each image, in US dollars. */
    public record Pricing(double perImage, double perMegapixel) {
        public static final Pricing FREE = new Pricing(0, 0);

        public static Pricing perImage(double usd) {
            return new Pricing(usd, 0);
        }

        /** Per megapixel of output, rounded up to the next megapixel (fal). */
        public static Pricing perMegapixel(double usd) {
            return new Pricing(0, usd);
        }

        public double estimate(Size result, int count) {
            double megapixels = result == null ? 0 : Math.ceil(result.pixels() / 1_000_000.0);
            return (perImage + perMegapixel * megapixels) * count;
        }
    }

    /**
     * An inclusive range of accepted values and the value the provider uses when none is sent.
     *
     * @param defaultValue the provider's documented default (../shared/providers), null if it documents none
     */
    public record Range(double min, double max, Double defaultValue) {
        public Range(double min, double max) {
            this(min, max, null);
        }

        boolean contains(double v) {
            return v >= min && v <= max;
        }

        String text() {
            return fmt(min) + "–" + fmt(max);
        }
    }

    /** Every reason the parameters cannot be sent to this provider, in the user's terms; empty when fine. */
    public List<String> problems(String provider, GenerationParams p) {
        List<String> out = new ArrayList<>();
        int len = p.prompt() == null ? 0 : p.prompt().length();
        if (promptLength != null && !promptLength.contains(len)) {
            out.add(provider + " needs a prompt of " + promptLength.text() + " characters (this one has " + len + ").");
        }
        check(out, provider, "Steps", p.steps() == null ? null : p.steps().doubleValue(), steps, "--steps");
        check(out, provider, "Guidance", p.guidance(), guidance, "--guidance");
        check(out, provider, "Safety tolerance", p.safetyTolerance() == null ? null : p.safetyTolerance().doubleValue(),
                safety, "--safety");
        if (p.count() < 1 || p.count() > maxCount) {
            out.add(provider + " makes 1–" + maxCount + " variations per job (asked for " + p.count() + ").");
        }
        if (p.seed() != null && p.seed() < 0) {
            out.add("The seed must be 0 or more (got " + p.seed() + ").");
        }
        return out;
    }

    /**
     * Refuses, before any network call, a request this provider cannot take: every caller (editor, command line,
     * tests) gets the same answer even if it skipped its own check.
     */
    public void require(String provider, JobKind kind, GenerationParams p) throws ProviderException.Rejected {
        List<String> out = new ArrayList<>(problems(provider, p));
        if (kind == JobKind.FILL && !fill || kind == JobKind.EXPAND && !expand) {
            out.add(0, provider + " cannot " + (kind == JobKind.FILL ? "fill a mask" : "expand the canvas") + ".");
        }
        if (!out.isEmpty()) {
            throw new ProviderException.Rejected(String.join(" ", out));
        }
    }

    private static void check(List<String> out, String provider, String what, Double v, Range range, String option) {
        if (v == null) {
            return;
        }
        if (range == null) {
            out.add(provider + " has no " + what.toLowerCase(Locale.ROOT) + " setting; leave " + option + " out.");
        } else if (!range.contains(v)) {
            out.add(what + " must be " + range.text() + " for " + provider + " (got " + fmt(v) + ").");
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
