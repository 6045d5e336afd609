package nl.bijeen.web.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one way query words and vocabulary phrases are compared: lower case, without accents, and with everything that
 * is not a letter, digit or '+' as a space ("'t Heen" → "t heen", "Katwijk-Noord" → "katwijk noord").
 */
final class QueryText {

    private QueryText() {
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+]+", " ").strip();
    }

    static List<String> words(String text) {
        String n = normalise(text);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }
}
