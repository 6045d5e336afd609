package nl.bijeen.connectors.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;

/** Finds one taxonomy entry's keywords in a text, skipping negated mentions and the entry's "not" phrases. */
final class EntryMatcher {

    /** How many words before a keyword a negation ("geen", "niet voor") may stand. */
    private static final int NEGATION_REACH = 3;

    private final Taxonomy.Entry entry;
    private final List<Keyword> keywords;
    private final List<Keyword> not;
    private final List<Keyword> negations;

    EntryMatcher(Taxonomy.Entry entry, List<Keyword> negations) {
        this.entry = entry;
        this.keywords = parseAll(entry.keywords());
        this.not = parseAll(entry.not());
        this.negations = negations;
    }

    static List<Keyword> parseAll(List<String> written) {
        return written.stream().map(Keyword::parse).filter(Objects::nonNull).toList();
    }

    String id() {
        return entry.id();
    }

    List<Keyword> keywords() {
        return keywords;
    }

    /**
     * The mentions of this entry in the text, one per place: the keyword that matched first, by word position.
     * Variants that hit the same words ("=park" and "*park", "=samen koffie" and "koffie") count once.
     */
    Map<Integer, String> found(TextWords text) {
        Map<Integer, String> found = new LinkedHashMap<>();
        int coveredUntil = 0;
        for (int at = 0; at < text.size(); at++) {
            if (at < coveredUntil) {
                continue;
            }
            for (Keyword keyword : keywords) {
                if (keyword.matchesAt(text, at) && !insideNotPhrase(text, at) && !negated(text, at)) {
                    found.put(at, keyword.source());
                    coveredUntil = at + keyword.length();
                    break;
                }
            }
        }
        return found;
    }

    private boolean insideNotPhrase(TextWords text, int at) {
        for (Keyword phrase : not) {
            for (int start = Math.max(0, at - phrase.length() + 1); start <= at; start++) {
                if (phrase.matchesAt(text, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean negated(TextWords text, int at) {
        for (int start = at - 1; start >= Math.max(0, at - NEGATION_REACH); start--) {
            if (text.word(start).equals(DutchText.BREAK)) {
                return false;
            }
            for (Keyword negation : negations) {
                if (negation.matchesAt(text, start) && start + negation.length() <= at) {
                    return true;
                }
            }
        }
        return false;
    }
}
