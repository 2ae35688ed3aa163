package app.refill.job;

import app.refill.provider.GenerationParams;

/**
 * The A1111-style {@code parameters} text written into saved results (PNG text chunk, XMP, JPEG comment): the
 * prompt, then "Key: value" pairs. Made from parameters and the result only, so it can never contain a key.
 */
public final class GenerationMetadata {
    private GenerationMetadata() {
    }

    public static String parameters(GenerationParams p, String providerId, Long seed, String model, int w, int h,
            String source) {
        StringBuilder sb = new StringBuilder(p.prompt() == null ? "" : p.prompt().replace('\n', ' ')).append('\n');
        if (p.steps() != null) {
            sb.append("Steps: ").append(p.steps()).append(", ");
        }
        if (p.guidance() != null) {
            sb.append("CFG scale: ").append(p.guidance()).append(", ");
        }
        if (seed != null) {
            sb.append("Seed: ").append(seed).append(", ");
        }
        sb.append("Size: ").append(w).append('x').append(h);
        sb.append(", Model: ").append(model);
        sb.append(", Provider: ").append(providerId);
        if (p.safetyTolerance() != null) {
            sb.append(", Safety tolerance: ").append(p.safetyTolerance());
        }
        sb.append(", Prompt upsampling: ").append(p.promptUpsampling());
        sb.append(", Source: ").append(source);
        sb.append(", Generator: Refill");
        return sb.toString();
    }

    /** The text for one result of a job, at the size it is saved. */
    public static String of(Job job, JobResult r, int w, int h) {
        JobSpec s = job.spec();
        return parameters(s.params(), s.provider().id(), r.seed(), r.model(), w, h, s.sourceName());
    }
}
