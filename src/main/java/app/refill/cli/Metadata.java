package app.refill.cli;

import app.refill.provider.GeneratedImage;
import app.refill.provider.ImageProvider;

/** The A1111-style {@code parameters} text: the prompt, then "Key: value" pairs. Never contains a key. */
final class Metadata {
    private Metadata() {
    }

    static String parameters(GenerationOptions o, ImageProvider provider, GeneratedImage g, int w, int h) {
        StringBuilder sb = new StringBuilder(o.prompt.replace('\n', ' ')).append('\n');
        if (o.steps != null) {
            sb.append("Steps: ").append(o.steps).append(", ");
        }
        if (o.guidance != null) {
            sb.append("CFG scale: ").append(o.guidance).append(", ");
        }
        if (g.seed() != null) {
            sb.append("Seed: ").append(g.seed()).append(", ");
        }
        sb.append("Size: ").append(w).append('x').append(h);
        sb.append(", Model: ").append(g.model());
        sb.append(", Provider: ").append(provider.id());
        if (o.safety != null) {
            sb.append(", Safety tolerance: ").append(o.safety);
        }
        sb.append(", Prompt upsampling: ").append(o.upsample);
        sb.append(", Source: ").append(o.image.getFileName());
        sb.append(", Generator: Refill");
        return sb.toString();
    }
}
