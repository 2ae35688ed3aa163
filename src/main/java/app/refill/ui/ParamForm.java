package app.refill.ui;

import app.refill.provider.Capabilities;
import app.refill.provider.GenerationParams;
import app.refill.provider.OutputFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The prompt panel's fields as typed, turned into {@link GenerationParams} with a problem per field that
 * cannot be sent to the chosen provider (not a number, out of its range, a setting it does not have). An
 * empty number field means the provider's default. Pure: no toolkit, tested directly.
 */
record ParamForm(String prompt, boolean randomSeed, String seed, String steps, String guidance, String safety,
        boolean upsampling, int count, OutputFormat format) {

    enum Field { PROMPT, SEED, STEPS, GUIDANCE, SAFETY, COUNT }

    /** What the form asks for, and what is wrong with it (empty map: all fine). */
    record Checked(GenerationParams params, Map<Field, String> problems) {
    }

    Checked check(String providerName, Capabilities caps, boolean followsPrompt) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        Long seedValue = randomSeed ? null : whole(seed, Field.SEED, 0, Long.MAX_VALUE, null, providerName, problems);
        if (!randomSeed && seedValue == null && !problems.containsKey(Field.SEED)) {
            problems.put(Field.SEED, "Type a seed (0 or more), or switch to a random seed.");
        }
        Long stepsValue = whole(steps, Field.STEPS, lo(caps.steps()), hi(caps.steps()), caps.steps(), providerName, problems);
        Double guidanceValue = decimal(guidance, Field.GUIDANCE, caps.guidance(), providerName, problems);
        Long safetyValue = whole(safety, Field.SAFETY, lo(caps.safety()), hi(caps.safety()), caps.safety(), providerName, problems);
        if (count < 1 || count > caps.maxCount()) {
            problems.put(Field.COUNT, providerName + " makes 1–" + caps.maxCount() + " variations per job.");
        }
        String text = prompt == null ? "" : prompt.strip();
        if (followsPrompt && text.isEmpty()) {
            problems.put(Field.PROMPT, "Type a prompt: say what should appear in the masked area.");
        } else if (caps.promptLength() != null && text.length() > caps.promptLength().max()) {
            problems.put(Field.PROMPT, providerName + " takes prompts of up to " + (long) caps.promptLength().max()
                    + " characters (this one has " + text.length() + ").");
        }
        OutputFormat asked = caps.formats().contains(format) ? format : OutputFormat.PNG;
        GenerationParams params = new GenerationParams(text, seedValue,
                stepsValue == null ? null : stepsValue.intValue(), guidanceValue,
                safetyValue == null ? null : safetyValue.intValue(), upsampling && followsPrompt, count, asked);
        return new Checked(params, problems);
    }

    private static double lo(Capabilities.Range r) {
        return r == null ? 0 : r.min();
    }

    private static double hi(Capabilities.Range r) {
        return r == null ? 0 : r.max();
    }

    private static Long whole(String text, Field f, double min, double max, Capabilities.Range range, String provider,
            Map<Field, String> problems) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (range == null && f != Field.SEED) {
            problems.put(f, provider + " has no " + name(f) + " setting; leave it empty.");
            return null;
        }
        try {
            long v = Long.parseLong(t);
            if (v < min || v > max) {
                problems.put(f, capital(name(f)) + " must be " + fmt(min) + "–" + fmt(max)
                        + (f == Field.SEED ? "" : " for " + provider) + ".");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.put(f, "\"" + t + "\" is not a whole number.");
            return null;
        }
    }

    private static Double decimal(String text, Field f, Capabilities.Range range, String provider, Map<Field, String> problems) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (range == null) {
            problems.put(f, provider + " has no " + name(f) + " setting; leave it empty.");
            return null;
        }
        try {
            double v = Double.parseDouble(t.replace(',', '.'));
            if (!(v >= range.min() && v <= range.max())) {
                problems.put(f, capital(name(f)) + " must be " + fmt(range.min()) + "–" + fmt(range.max()) + " for " + provider + ".");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.put(f, "\"" + t + "\" is not a number.");
            return null;
        }
    }

    private static String name(Field f) {
        return f == Field.SAFETY ? "safety tolerance" : f.name().toLowerCase(Locale.ROOT);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
