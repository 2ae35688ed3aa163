package app.refill.app;

import app.refill.core.geom.Size;
import app.refill.core.plan.SizeRules;
import app.refill.provider.Capabilities;
import app.refill.provider.GeneratedImage;
import app.refill.provider.GenerationRequest;
import app.refill.provider.ImageProvider;
import app.refill.provider.JobContext;
import app.refill.provider.OutputFormat;
import app.refill.provider.ProviderInfo;
import app.refill.provider.ProviderSet;
import app.refill.settings.ApiKeys;
import app.refill.ui.ProviderCatalog;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * One provider that answers at once, without network or disk, with a flat image of the size it was sent: what
 * the start-up rehearsal submits to, and what the UI-stall benchmark measures paste-backs with. It sends
 * requests of up to {@code maxPixels}. Keys are neither read nor kept.
 */
public final class InstantCatalog implements ProviderCatalog {
    private final ImageProvider provider;

    public InstantCatalog(long maxPixels) {
        this.provider = new Instant(maxPixels);
    }

    @Override
    public ProviderSet load() {
        return new ProviderSet() {
            @Override
            public List<ProviderInfo> list() {
                return List.of(new ProviderInfo(provider.id(), provider, Optional.of(ApiKeys.Origin.ENVIRONMENT), true));
            }

            @Override
            public Optional<ImageProvider> create(String id) {
                return Optional.of(provider);
            }

            @Override
            public Optional<ImageProvider> createWithKey(String id, String key) {
                return Optional.of(provider);
            }

            @Override
            public String defaultProvider() {
                return provider.id();
            }
        };
    }

    @Override
    public void saveKey(String providerId, String key) {
        // nothing to keep: the provider needs no key
    }

    @Override
    public void removeKey(String providerId) {
        // nothing was kept
    }

    @Override
    public String keyFileLocation() {
        return "(none)";
    }

    private record Instant(long maxPixels) implements ImageProvider {
        @Override
        public String id() {
            return "instant";
        }

        @Override
        public String displayName() {
            return "Instant";
        }

        @Override
        public Capabilities capabilities() {
            return new Capabilities("instant", true, true, new SizeRules(maxPixels, 256, 1, true), 1, 4, null, null,
                    null, null, EnumSet.of(OutputFormat.PNG), Capabilities.Pricing.FREE);
        }

        @Override
        public List<GeneratedImage> run(GenerationRequest request, JobContext ctx) {
            Size s = request.imageSize();
            BufferedImage img = new BufferedImage(s.width(), s.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            Arrays.fill(((DataBufferInt) img.getRaster().getDataBuffer()).getData(), 0xff3366cc);
            return List.of(GeneratedImage.ofPixels(img, 1L, "instant"));
        }
    }
}
