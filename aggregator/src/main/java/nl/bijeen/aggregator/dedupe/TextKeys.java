package nl.bijeen.aggregator.dedupe;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns published text into comparable keys: lower case, accents and punctuation gone, Dutch filler words
 * dropped, common abbreviations written out. "Koffie-ochtend in 't Buurthuis" and "koffieochtend buurthuis"
 * then share most of their tokens and almost all of their letter trigrams.
 */
final class TextKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words that say nothing about which activity it is. */
    private static final Set<String> FILLER = Set.of("de", "het", "een", "t", "s", "van", "voor", "in", "op", "met",
            "en", "bij", "aan", "te", "tot", "om", "of", "uit", "naar", "door", "over", "the", "a", "an", "and",
            "for", "at", "with", "uur", "u", "vanaf");

    /** Abbreviations as Dutch sites write them, and what they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("bieb", "bibliotheek"), Map.entry("bib", "bibliotheek"), Map.entry("st", "stichting"),
            Map.entry("stg", "stichting"), Map.entry("ver", "vereniging"), Map.entry("vv", "voetbalvereniging"),
            Map.entry("ned", "nederlands"), Map.entry("nl", "nederlands"),
            Map.entry("gem", "gemeente"), Map.entry("bh", "buurthuis"), Map.entry("wijkcentr", "wijkcentrum"),
            Map.entry("ctr", "centrum"), Map.entry("cntr", "centrum"), Map.entry("sr", "senioren"),
            Map.entry("act", "activiteit"), Map.entry("inl", "inloop"), Map.entry("info", "informatie"),
            // "55+" folds to "55": in activity titles it means seniors, as "vijfenvijftigplus" does
            Map.entry("55", "senioren"), Map.entry("55plus", "senioren"), Map.entry("vijfenvijftigplus", "senioren"),
            Map.entry("65", "senioren"), Map.entry("65plus", "senioren"));

    private TextKeys() {
    }

    /** Lower case, without accents, punctuation turned into single spaces. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    /** The meaningful words of a text, abbreviations written out, in order of appearance. */
    static List<String> tokens(String text) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : folded.split(" ")) {
            String token = ABBREVIATIONS.getOrDefault(word, word);
            if (!FILLER.contains(token)) {
                tokens.add(token);
            }
        }
        return new ArrayList<>(tokens);
    }

    /**
     * Letter trigrams of the tokens written together: they match across "koffie-ochtend" / "koffieochtend",
     * small typos and compounds split differently, which token comparison misses.
     */
    static Set<String> trigrams(List<String> tokens) {
        String joined = String.join("", tokens);
        Set<String> grams = new HashSet<>();
        if (joined.length() < 3) {
            if (!joined.isEmpty()) {
                grams.add(joined);
            }
            return grams;
        }
        for (int i = 0; i + 3 <= joined.length(); i++) {
            grams.add(joined.substring(i, i + 3));
        }
        return grams;
    }

    /**
     * The share of the smaller set found in the larger (overlap coefficient), 0 when the smaller has fewer than
     * {@code minimum} elements: a tiny set is inside almost anything.
     */
    static double overlap(Set<String> a, Set<String> b, int minimum) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.size() < minimum) {
            return 0;
        }
        int shared = 0;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return (double) shared / small.size();
    }

    /** Dice coefficient of two sets: 1 for equal sets, 0 for disjoint (or empty) ones. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
