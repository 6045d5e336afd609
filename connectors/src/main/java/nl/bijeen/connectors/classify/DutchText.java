package nl.bijeen.connectors.classify;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dutch text reduced to comparable words: lowercase, accents folded (café = cafe, Oekraïense = oekraiense),
 * apostrophes dropped (oma's = omas), '-' and '/' and other symbols turned into spaces. Sentence punctuation becomes
 * the word {@value #BREAK}, so phrases and negations never reach across a sentence or a comma.
 */
final class DutchText {

    static final String BREAK = "|";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:!?()\\[\\]{}\"“”•–—\\n]+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9+|]+");

    private DutchText() {
    }

    static List<String> words(String text) {
        String s = normalise(text);
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = PUNCTUATION.matcher(s).replaceAll(" " + BREAK + " ");
        s = OTHER.matcher(s).replaceAll(" ");
        return s.strip().replaceAll(" +", " ");
    }
}
