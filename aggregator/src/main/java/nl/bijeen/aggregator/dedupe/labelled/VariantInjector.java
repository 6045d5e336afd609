package nl.bijeen.aggregator.dedupe.labelled;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a title or description the way another site would: the differences seen between real cross-posts of
 * one neighbourhood activity (a prefix, the place appended, words swapped, Dutch abbreviations, compounds written
 * apart or together, shouting capitals, a description cut short).
 */
public final class VariantInjector {

    private static final List<String> PREFIXES = List.of("Inloop: ", "Elke week: ", "Nieuw: ", "Agenda: ",
            "Gratis: ");

    /** Abbreviations as Dutch sites write them; the word boundary keeps "bibliotheek" out of "bibliotheekzaal". */
    private static final Map<String, String> SHORT = Map.ofEntries(Map.entry("bibliotheek", "bieb"),
            Map.entry("stichting", "St."), Map.entry("sint", "St."), Map.entry("senioren", "55+"),
            Map.entry("ouderen", "55+"), Map.entry("maandag", "ma"), Map.entry("dinsdag", "di"),
            Map.entry("woensdag", "wo"), Map.entry("donderdag", "do"), Map.entry("vrijdag", "vr"),
            Map.entry("zaterdag", "za"), Map.entry("zondag", "zo"), Map.entry("nederlands", "NL"),
            Map.entry("vereniging", "ver."), Map.entry("buurthuis", "bh."), Map.entry("en", "&"),
            Map.entry("informatie", "info"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{9,}");

    private VariantInjector() {
    }

    public static String title(String title, Variation.Title kind, String placeName, RandomGenerator random) {
        return switch (kind) {
            case SAME -> title;
            case PREFIX -> PREFIXES.get(random.nextInt(PREFIXES.size())) + title;
            case SUFFIX_PLACE -> title + " in " + shortPlace(placeName);
            case WORD_ORDER -> reorder(title);
            case ABBREVIATED -> abbreviate(title);
            case HYPHENATED -> hyphenate(title);
            case UPPER_CASE -> title.toUpperCase(Locale.ROOT);
        };
    }

    public static String description(String text, Variation.Text kind, RandomGenerator random) {
        return switch (kind) {
            case SAME -> text;
            case MISSING -> "";
            case TRUNCATED -> truncate(text, 0.35 + random.nextDouble() * 0.35);
        };
    }

    /** "Buurthuis De Kern" → "De Kern": the first word dropped, as sites that name the place in the title leave out what kind it is. */
    static String shortPlace(String name) {
        String[] words = name.split(" ");
        return words.length <= 2 ? name : name.substring(name.indexOf(' ') + 1);
    }

    /** Swaps the parts around "&", " en " or ":", else puts the last word first: same words, other order. */
    static String reorder(String title) {
        for (String separator : List.of(" & ", " en ", ": ", " - ")) {
            int at = title.indexOf(separator);
            if (at > 0) {
                return title.substring(at + separator.length()) + separator.replace(":", " -")
                        + title.substring(0, at);
            }
        }
        int space = title.lastIndexOf(' ');
        return space < 0 ? title : title.substring(space + 1) + " " + title.substring(0, space);
    }

    public static String abbreviate(String title) {
        Matcher words = WORD.matcher(title);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String shortened = SHORT.get(words.group().toLowerCase(Locale.ROOT));
            changed |= shortened != null;
            words.appendReplacement(out, Matcher.quoteReplacement(shortened == null ? words.group() : shortened));
        }
        words.appendTail(out);
        return changed ? out.toString() : hyphenate(title);
    }

    /** "Koffie-ochtend" ↔ "Koffieochtend": compounds are written apart, hyphenated or together. */
    static String hyphenate(String title) {
        if (title.contains("-")) {
            return title.replace("-", "");
        }
        Matcher long_ = LONG_WORD.matcher(title);
        if (long_.find()) {
            int middle = long_.start() + (long_.end() - long_.start()) / 2;
            return title.substring(0, middle) + "-" + title.substring(middle);
        }
        return title.replaceFirst(" ", "");
    }

    /** The first part of the text, cut at a word, with "…": what teaser feeds and narrow agenda pages show. */
    static String truncate(String text, double share) {
        int cut = (int) (text.length() * share);
        int space = text.lastIndexOf(' ', cut);
        return space <= 0 ? text : text.substring(0, space) + " …";
    }
}
