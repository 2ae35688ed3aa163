package app.refill.provider;

import java.util.Locale;

/** The file format asked of a provider (and written by the CLI). PNG is lossless and the default. */
public enum OutputFormat {
    PNG, JPEG, WEBP;

    public String extension() {
        return this == JPEG ? "jpg" : name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String s) {
        String v = s.trim().toUpperCase(Locale.ROOT);
        return v.equals("JPG") ? JPEG : OutputFormat.valueOf(v);
    }
}
