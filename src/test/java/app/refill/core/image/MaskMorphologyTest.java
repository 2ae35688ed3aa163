package app.refill.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskMorphologyTest {
    @Test
    void growByOneAddsTheFourNeighboursAndGrowByTwoADisc() {
        Mask dot = MaskText.parse("""
                .......
                .......
                .......
                ...#...
                .......
                .......
                .......
                """);
        assertEquals("""
                .......
                .......
                ...#...
                ..###..
                ...#...
                .......
                .......
                """, MaskText.of(MaskMorphology.grow(dot, 1)));
        assertEquals("""
                .......
                ...#...
                ..###..
                .#####.
                ..###..
                ...#...
                .......
                """, MaskText.of(MaskMorphology.grow(dot, 2)));
    }

    @Test
    void shrinkTakesBackWhatGrowAdded() {
        Mask square = MaskText.parse("""
                ........
                .######.
                .######.
                .######.
                .######.
                .######.
                .######.
                ........
                """);
        assertEquals("""
                ........
                ........
                ..####..
                ..####..
                ..####..
                ..####..
                ........
                ........
                """, MaskText.of(MaskMorphology.shrink(square, 1)));
    }

    @Test
    void theImageBorderIsNotAnEdgeWhenShrinking() {
        Mask full = new Mask(5, 5);
        full.fill(255);
        assertEquals(25, MaskMorphology.shrink(full, 2).coveredCount());
    }

    @Test
    void growOfAnEmptyMaskStaysEmptyAndZeroRadiusIsACopy() {
        Mask empty = new Mask(6, 4);
        assertEquals(0, MaskMorphology.grow(empty, 3).coveredCount());
        Mask m = MaskText.parse("##..\n....");
        assertEquals(MaskText.of(m), MaskText.of(MaskMorphology.grow(m, 0)));
    }

    @Test
    void partialCoverageBelowHalfDoesNotCountAsCovered() {
        Mask m = new Mask(5, 1);
        m.set(2, 0, 100);
        Mask grown = MaskMorphology.grow(m, 1);
        assertEquals(0, grown.get(1, 0));
        assertEquals(100, grown.get(2, 0));
    }
}
