package app.refill.core.image;

/** Masks as text for exact assertions: '#' = 255, '.' = 0, '+' = anything between. */
public final class MaskText {
    private MaskText() {
    }

    public static String of(Mask m) {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                int v = m.get(x, y);
                sb.append(v == 255 ? '#' : v == 0 ? '.' : '+');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static Mask parse(String text) {
        String[] rows = text.strip().split("\n");
        Mask m = new Mask(rows[0].strip().length(), rows.length);
        for (int y = 0; y < rows.length; y++) {
            String row = rows[y].strip();
            for (int x = 0; x < row.length(); x++) {
                m.set(x, y, row.charAt(x) == '#' ? 255 : row.charAt(x) == '+' ? 128 : 0);
            }
        }
        return m;
    }
}
