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

    /** Seeds are whole numbers from 0; the largest a provider takes is its business. */
    private static final Capabilities.Range SEEDS = new Capabilities.Range(0, Long.MAX_VALUE);

    Checked check(String providerName, Capabilities caps, boolean followsPrompt) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        Number seedValue = randomSeed ? null : number(seed, Field.SEED, SEEDS, true, providerName, problems);
        if (!randomSeed && seedValue == null && !problems.containsKey(Field.SEED)) {
            problems.put(Field.SEED, "Type a seed (0 or more), or switch to a random seed.");
        }
        Number stepsValue = number(steps, Field.STEPS, caps.steps(), true, providerName, problems);
        Number guidanceValue = number(guidance, Field.GUIDANCE, caps.guidance(), false, providerName, problems);
        Number safetyValue = number(safety, Field.SAFETY, caps.safety(), true, providerName, problems);
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
        GenerationParams params = new GenerationParams(text, seedValue == null ? null : seedValue.longValue(),
                stepsValue == null ? null : stepsValue.intValue(),
                guidanceValue == null ? null : guidanceValue.doubleValue(),
                safetyValue == null ? null : safetyValue.intValue(), upsampling && followsPrompt, count, asked);
        return new Checked(params, problems);
    }

    /**
     * The field's value (a Long when {@code whole}, else a Double), or null when it is empty (the default) or
     * wrong, in which case its problem is recorded. A null {@code range} means the provider has no such setting.
     */
    private static Number number(String text, Field f, Capabilities.Range range, boolean whole, String provider,
            Map<Field, String> problems) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (range == null) {
            problems.put(f, provider + " has no " + name(f) + " setting; leave it empty.");
            return null;
        }
        Number v;
        try {
            v = whole ? (Number) Long.parseLong(t) : (Number) Double.parseDouble(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.put(f, "\"" + t + "\" is not a " + (whole ? "whole number." : "number."));
            return null;
        }
        if (!(v.doubleValue() >= range.min() && v.doubleValue() <= range.max())) {
            problems.put(f, capital(name(f)) + " must be " + fmt(range.min()) + "–" + fmt(range.max())
                    + (f == Field.SEED ? "" : " for " + provider) + ".");
            return null;
        }
        return v;
    }

    private static String name(Field f) {
        return f == Field.SAFETY ? "safety tolerance" : f.name().toLowerCase(Locale.ROOT);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What an empty number field means for this provider: "15–50, default 50", or that it is not offered. */
    static String hint(Capabilities.Range r) {
        if (r == null) {
            return "not offered";
        }
        String range = fmt(r.min()) + "–" + fmt(r.max());
        return r.defaultValue() == null ? range + ", empty = default" : range + ", default " + fmt(r.defaultValue());
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
