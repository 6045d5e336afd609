package nl.bijeen.web.web;

import java.util.Locale;

/**
 * The three views of the same results, chosen with {@code ?weergave=}: plain links, so switching works without
 * JavaScript and a chosen view can be bookmarked or sent on.
 */
public enum Weergave {
    LIJST("Lijst"), FOTOS("Foto's"), KAART("Kaart");

    static final String PARAMETER = "weergave";

    private final String label;

    Weergave(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Unknown or missing: the list, which suits every device and screen reader. */
    static Weergave parse(String value) {
        for (Weergave w : values()) {
            if (value != null && w.value().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        return LIJST;
    }
}
