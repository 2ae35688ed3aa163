package app.refill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.job.ScriptedProvider;
import app.refill.provider.Capabilities;
import app.refill.provider.GenerationParams;
import app.refill.provider.OutputFormat;
import app.refill.provider.local.LocalProvider;
import app.refill.ui.ParamForm.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamFormTest {
    private static final Capabilities FAKE = new ScriptedProvider().capabilities();
    private static final Capabilities LOCAL = new LocalProvider(1).capabilities();

    private static ParamForm form(boolean random, String seed, String steps, String guidance, String safety, int count,
            OutputFormat format) {
        return new ParamForm("a sofa", random, seed, steps, guidance, safety, true, count, format);
    }

    @Test
    void emptyNumbersMeanTheProvidersDefaults() {
        ParamForm.Checked c = form(true, "", "", " ", "", 2, OutputFormat.JPEG).check("Fake", FAKE, true);
        assertEquals(Map.of(), c.problems());
        GenerationParams p = c.params();
        assertNull(p.seed());
        assertNull(p.steps());
        assertNull(p.guidance());
        assertNull(p.safetyTolerance());
        assertEquals(2, p.count());
        assertEquals(OutputFormat.JPEG, p.format());
        assertTrue(p.promptUpsampling());
    }

    @Test
    void numbersAreReadWithTheirKindAndADecimalComma() {
        ParamForm.Checked c = form(false, "42", "28", "3,5", "2", 1, OutputFormat.PNG).check("Fake", FAKE, true);
        assertEquals(Map.of(), c.problems());
        assertEquals(42L, c.params().seed());
        assertEquals(28, c.params().steps());
        assertEquals(3.5, c.params().guidance());
        assertEquals(2, c.params().safetyTolerance());
    }

    @Test
    void eachBadFieldSaysWhatIsWrong() {
        Map<Field, String> p = form(false, "-3", "2.5", "abc", "9", 5, OutputFormat.PNG).check("Fake", FAKE, true).problems();
        assertTrue(p.get(Field.SEED).startsWith("Seed must be 0–"), p.get(Field.SEED));
        assertEquals("\"2.5\" is not a whole number.", p.get(Field.STEPS));
        assertEquals("\"abc\" is not a number.", p.get(Field.GUIDANCE));
        assertEquals("Safety tolerance must be 0–6 for Fake.", p.get(Field.SAFETY));
        assertEquals("Fake makes 1–4 variations per job.", p.get(Field.COUNT));
        assertEquals("Type a seed (0 or more), or switch to a random seed.",
                form(false, "", "", "", "", 1, OutputFormat.PNG).check("Fake", FAKE, true).problems().get(Field.SEED));
    }

    @Test
    void settingsAProviderDoesNotOfferAreRefusedAndItsFormatsRespected() {
        ParamForm.Checked c = form(true, "", "20", "", "", 1, OutputFormat.WEBP).check("Local", LOCAL, false);
        assertEquals("Local has no steps setting; leave it empty.", c.problems().get(Field.STEPS));
        assertEquals(OutputFormat.PNG, c.params().format(), "Local returns PNG only");
        assertEquals(false, c.params().promptUpsampling(), "no prompt to enhance");
    }

    @Test
    void emptyFieldsSayWhatTheProviderUsesInstead() {
        var registry = new app.refill.provider.ProviderRegistry(Map.of(), app.refill.provider.http.Transport.standard());
        Capabilities bfl = registry.info("bfl").capabilities();
        assertEquals("15–50, default 50", ParamForm.hint(bfl.steps()));
        assertEquals("1.5–100, default 60", ParamForm.hint(bfl.guidance()));
        assertEquals("0–6, default 2", ParamForm.hint(bfl.safety()));
        Capabilities fal = registry.info("fal").capabilities();
        assertEquals("not offered", ParamForm.hint(fal.steps()));
        assertEquals("1–6, default 2", ParamForm.hint(fal.safety()));
        assertEquals("15–50, default 50", ParamForm.hint(registry.info("runware").capabilities().steps()));
        assertEquals("1–10, empty = default", ParamForm.hint(new Capabilities.Range(1, 10)));
    }
}
