package app.refill.provider;

/**
 * What the user asks for, provider-neutral. Null numbers mean "the provider's default".
 *
 * @param prompt           the text prompt
 * @param seed             a fixed seed, or null for random
 * @param steps            diffusion steps (15-50 where supported)
 * @param guidance         guidance / CFG scale (1.5-100 where supported)
 * @param safetyTolerance  0 (strict) - 6 (permissive); fal takes 1-6
 * @param promptUpsampling let the provider enhance the prompt
 * @param count            number of variations
 * @param format           output format asked of the provider
 */
public record GenerationParams(String prompt, Long seed, Integer steps, Double guidance, Integer safetyTolerance,
        boolean promptUpsampling, int count, OutputFormat format) {

    public static GenerationParams of(String prompt) {
        return new GenerationParams(prompt, null, null, null, null, false, 1, OutputFormat.PNG);
    }

    public GenerationParams withSeed(Long s) {
        return new GenerationParams(prompt, s, steps, guidance, safetyTolerance, promptUpsampling, count, format);
    }

    public GenerationParams withCount(int n) {
        return new GenerationParams(prompt, seed, steps, guidance, safetyTolerance, promptUpsampling, n, format);
    }
}
