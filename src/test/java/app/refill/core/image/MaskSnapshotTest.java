package app.refill.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.core.geom.PixelRect;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A snapshot shares the mask's pixels but never sees a write made to either after it was taken. */
class MaskSnapshotTest {
    private static Mask painted() {
        Mask m = new Mask(8, 6);
        m.write(new PixelRect(2, 2, 3, 2), new byte[] {(byte) 255, (byte) 255, (byte) 255, 1, 2, 3});
        return m;
    }

    private static void assertWriteIsNotSeenByTheOther(Consumer<Mask> write) {
        Mask mask = painted();
        Mask snap = mask.snapshot();
        write.accept(mask);
        assertTrue(snap.sameContent(painted()), "snapshot unchanged by a write to the mask");
        assertFalse(mask.sameContent(snap), "the mask has the write");

        Mask other = painted();
        Mask snap2 = other.snapshot();
        write.accept(snap2);
        assertTrue(other.sameContent(painted()), "mask unchanged by a write to its snapshot");
    }

    @Test
    void everyWayOfWritingCopiesTheSharedPixelsFirst() {
        assertWriteIsNotSeenByTheOther(m -> m.set(0, 0, 200));
        assertWriteIsNotSeenByTheOther(m -> m.write(new PixelRect(0, 0, 2, 1), new byte[] {9, 9}));
        assertWriteIsNotSeenByTheOther(m -> m.fill(255));
        assertWriteIsNotSeenByTheOther(m -> m.writableRaw()[5] = 77);
        assertWriteIsNotSeenByTheOther(m -> new MaskPainter().dab(m, 1, 1, 2, 1.0, MaskPainter.Mode.ADD));
    }

    @Test
    void takingASnapshotCopiesNothing() {
        Mask mask = painted();
        Mask snap = mask.snapshot();
        assertSame(mask.raw(), snap.raw());
        assertSame(mask.raw(), mask.sharedPixels());
    }

    @Test
    void aCopyMadeElsewhereIsAdoptedSoTheNextWriteDoesNotCopy() {
        Mask mask = painted();
        Mask snap = mask.snapshot();
        byte[] shared = mask.sharedPixels();
        byte[] copy = shared.clone();
        assertTrue(mask.adopt(shared, copy));
        assertNull(mask.sharedPixels());
        assertSame(copy, mask.writableRaw(), "no second copy once adopted");
        mask.set(0, 0, 99);
        assertEquals(0, snap.get(0, 0));
    }

    @Test
    void aCopyArrivingAfterTheMaskCopiedForItselfIsDropped() {
        Mask mask = painted();
        mask.snapshot();
        byte[] shared = mask.sharedPixels();
        mask.set(0, 0, 50);
        byte[] own = mask.raw();
        assertFalse(mask.adopt(shared, shared.clone()));
        assertSame(own, mask.raw());
        assertEquals(50, mask.get(0, 0));
    }

    @Test
    void aMaskThatSharesNothingHasNoSharedPixels() {
        Mask mask = painted();
        assertNull(mask.sharedPixels());
        assertFalse(mask.adopt(mask.raw(), mask.raw().clone()));
        mask.snapshot();
        assertNotNull(mask.sharedPixels());
    }

    @Test
    void aNewMaskIsKnownClearUntilWrittenAndOneMadeFromPixelsIsNot() {
        Mask m = new Mask(8, 6);
        assertTrue(m.isKnownClear());
        m.snapshot();
        assertTrue(m.isKnownClear(), "a snapshot writes nothing");
        m.set(1, 1, 0);
        assertFalse(m.isKnownClear(), "any write, even of 0");
        assertFalse(new Mask(8, 6, new byte[48]).isKnownClear(), "pixels from elsewhere are not known");
        assertFalse(painted().isKnownClear());
    }
}
