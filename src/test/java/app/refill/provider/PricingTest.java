package app.refill.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.refill.core.geom.Size;
import app.refill.provider.bfl.BflProvider;
import app.refill.provider.fal.FalProvider;
import app.refill.provider.local.LocalProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The estimates shown before submit follow each provider's published pricing (../shared/providers). */
class PricingTest {
    private final ProviderRegistry registry = new ProviderRegistry(Map.of(), TestJob.transport());

    @Test
    void perImageProvidersChargeTheSameWhateverTheSize() {
        ImageProvider bfl = registry.info(BflProvider.ID).describer();
        assertEquals(0.05, bfl.estimateUsd(new Size(512, 512), 1), 1e-9);
        assertEquals(0.15, bfl.estimateUsd(new Size(2048, 2048), 3), 1e-9);
    }

    @Test
    void falChargesPerStartedMegapixelOfEachImage() {
        ImageProvider fal = registry.info(FalProvider.ID).describer();
        assertEquals(0.05, fal.estimateUsd(new Size(1000, 1000), 1), 1e-9, "exactly 1 MP");
        assertEquals(0.20, fal.estimateUsd(new Size(1500, 1000), 2), 1e-9, "1.5 MP rounds up to 2, twice");
    }

    @Test
    void localIsFree() {
        assertEquals(0, new LocalProvider(1).estimateUsd(new Size(4000, 3000), 8));
    }
}
