package app.refill.engine;

/**
 * Holds the hole's texture channels at least as high as the texture at the hole's edge.
 *
 * <p>The texture channels (Newson et al. 2014) are voted like colours. In a large hole the first votes average
 * many different sources, so the hole's texture value sinks below its surroundings; the next matches then
 * prefer flat sources, their votes lower it further, and the fill settles on flat content (the engine's
 * known weakness: detail 0.67 of the photo's in a 10 % centre hole, 0.38 in a 25 % strip). The floor breaks
 * that loop: after every vote each hole pixel's texture is raised to at least that of its nearest known pixel
 * (lightly blurred, like the starting guess), so matching keeps asking for sources as textured as the edge
 * the fill continues. Colours are untouched: only which sources are chosen changes.
 */
final class TextureFloor {
    private final int[] floorX;
    private final int[] floorY;
    private final boolean[] hole;

    private TextureFloor(int[] floorX, int[] floorY, boolean[] hole) {
        this.floorX = floorX;
        this.floorY = floorY;
        this.hole = hole;
    }

    /**
     * The floor of a level whose known pixels' texture channels are set (before any vote).
     *
     * @param nearest each pixel's nearest known pixel, from {@link NearestFill#distances}
     */
    static TextureFloor of(Level l, int[] nearest) {
        int[] fx = l.ch[3].clone();
        int[] fy = l.ch[4].clone();
        for (int[] c : new int[][] {fx, fy}) {
            for (int i = 0; i < c.length; i++) {
                if (l.hole[i]) {
                    c[i] = c[nearest[i]];
                }
            }
            NearestFill.blurHole(l, c);
        }
        return new TextureFloor(fx, fy, l.hole);
    }

    /** Raises the level's hole texture channels to the floor where they fell below it. */
    void raise(Level l) {
        int[] tx = l.ch[3];
        int[] ty = l.ch[4];
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                tx[i] = Math.max(tx[i], floorX[i]);
                ty[i] = Math.max(ty[i], floorY[i]);
            }
        }
    }
}
