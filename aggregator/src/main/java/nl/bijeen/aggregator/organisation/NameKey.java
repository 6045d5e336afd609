package nl.bijeen.aggregator.organisation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's name made comparable: lower case, without accents, punctuation, legal forms ("Stichting",
 * "B.V.", "U.A."), articles, and a trailing town or wijk name, which is kept apart ({@link #town}) because
 * "Bibliotheek Katwijk" and "Bibliotheek Rijnsburg" are not the same. A bare domain ("welzijnskwartier.nl") counts
 * as the name it spells.
 *
 * @param key      the remaining words, space-separated ("welzijnskwartier")
 * @param squashed the key without spaces, so "Welzijns Kwartier" and "welzijns-kwartier.nl" meet "Welzijnskwartier"
 * @param tokens   the words of the key
 * @param town     the town or wijk name the naming ended in, or null
 * @param core     the squashed key without words that only say what sort of place it is ("buurthuis"), so
 *                 "Buurthuis De Kern" meets "De Kern Katwijk"; empty when nothing else is left
 */
public record NameKey(String key, String squashed, List<String> tokens, String town, String core) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DOMAIN = Pattern.compile(
            "^(?:https?://)?(?:www\\.)?((?:[a-z0-9-]+\\.)*[a-z0-9-]+)\\.(?:nl|com|org|net|eu|info|frl|be)(?:/.*)?$");
    /** Legal forms and the like, after dots are dropped ("b.v." → "bv"). */
    private static final Set<String> LEGAL_FORMS = Set.of("stichting", "st", "stg", "vereniging", "ver", "bv", "nv",
            "cooperatie", "cooperatieve", "ua", "wa", "vof", "vzw", "kerkgenootschap");
    /** Articles and words that say where a branch is rather than who it is ("afd. Katwijk", "Katwijk e.o."). */
    private static final Set<String> FILLER = Set.of("de", "het", "t", "een", "the", "afd", "afdeling", "eo");
    /** Abbreviations as sites write them, and what they stand for. */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of("bieb", "bibliotheek",
            "bib", "bibliotheek", "chr", "christelijke", "prot", "protestantse", "ned", "nederlandse");
    /** "Toneelver." is a toneelvereniging: a compound cut short after "ver" with a dot. */
    private static final Pattern SHORT_VERENIGING = Pattern.compile("(\\p{L}{3,})ver\\.");
    /** Words that precede a trailing town without being part of the name ("Welzijnskwartier in Katwijk"). */
    private static final Set<String> TOWN_PREPOSITIONS = Set.of("in", "te", "regio");

    /** The key of a naming; {@code towns} are lower-case town and wijk names (see {@link RecognitionSettings}). */
    public static NameKey of(String name, Set<String> towns) {
        return of(name, towns, Set.of());
    }

    /** As above; {@code typeWords} say what sort of place an organisation is, not which one. */
    public static NameKey of(String name, Set<String> towns, Set<String> typeWords) {
        String text = plain(name == null ? "" : name);
        Matcher domain = DOMAIN.matcher(text.trim());
        if (domain.matches()) {
            text = domain.group(1).replace('.', ' ');
        }
        text = SHORT_VERENIGING.matcher(text).replaceAll("$1vereniging ");
        text = text.replace(".", "").replace("&", " en ");
        List<String> words = new ArrayList<>(Arrays.asList(NOT_WORD.matcher(text).replaceAll(" ").trim().split(" ")));
        words.replaceAll(w -> ABBREVIATIONS.getOrDefault(w, w));
        words.removeIf(w -> w.isEmpty() || LEGAL_FORMS.contains(w) || FILLER.contains(w));
        String town = trailingTown(words, towns);
        if (words.isEmpty() && town != null) { // "Gemeente Katwijk": the town is the name
            words.addAll(List.of(town.split(" ")));
            town = null;
        }
        String key = String.join(" ", words);
        String core = String.join("", words.stream().filter(w -> !typeWords.contains(w)).toList());
        return new NameKey(key, key.replace(" ", ""), List.copyOf(words), town, core);
    }

    /** The key with its town, squashed: "bibliotheekkatwijk" for both "Bibliotheek Katwijk" and its domain. */
    public String withTown() {
        return town == null ? squashed : squashed + town.replace(" ", "");
    }

    /** Lower case without accents ("Coöperatie" → "cooperatie"). */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'');
    }

    /** Removes the longest town name the words end in, and a preposition before it; returns that town. */
    private static String trailingTown(List<String> words, Set<String> towns) {
        List<String> byLength = towns.stream().map(NameKey::plain)
                .map(t -> NOT_WORD.matcher(t).replaceAll(" ").trim())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        String joined = String.join(" ", words);
        for (String town : byLength) {
            if (!town.isEmpty() && (joined.equals(town) || joined.endsWith(" " + town))) {
                int count = town.split(" ").length;
                words.subList(words.size() - count, words.size()).clear();
                if (!words.isEmpty() && TOWN_PREPOSITIONS.contains(words.getLast())) {
                    words.removeLast();
                }
                return town;
            }
        }
        return null;
    }
}
