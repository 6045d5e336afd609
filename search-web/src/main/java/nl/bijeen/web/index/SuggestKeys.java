package nl.bijeen.web.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keys for autocomplete. Each title or organiser name is indexed under its whole text and under every word it
 * contains from that word on ("koffieochtend in de kern", "kern"), so typing the start of any word finds it. A key
 * is {@code normalised SEP display SEP type}: a prefix seek on the terms of {@link IndexFields#SUGGEST} finds the
 * keys and with them what to show, without reading any document.
 */
public final class SuggestKeys {

    public static final char SEP = '\u001f';
    public static final String TITLE = "titel";
    public static final String ORGANISER = "organisator";

    private SuggestKeys() {
    }

    /** Lower case, no accents, runs of anything but letters and digits as one space. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static List<String> keys(String display, String type) {
        String n = normalise(display);
        List<String> keys = new ArrayList<>();
        if (n.isEmpty()) {
            return keys;
        }
        String tail = SEP + display.strip() + SEP + type;
        keys.add(n + tail);
        for (int i = n.indexOf(' '); i >= 0; i = n.indexOf(' ', i + 1)) {
            keys.add(n.substring(i + 1) + tail);
        }
        return keys;
    }
}
