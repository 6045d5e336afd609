package nl.bijeen.aggregator.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether two namings are the same organisation. Contradictions come first: two different websites, or
 * two different towns ("Bibliotheek Katwijk", "Bibliotheek Rijnsburg"), keep namings apart unless a shared
 * address or phone says otherwise. Then the name: the same words (after {@link NameKey}) are the same
 * organisation; nearly the same letters (a typo, a missing "s") are too; one name inside the other
 * ("Welzijnskwartier" in "Welzijnskwartier Mantelzorg") only with a shared contact to back it.
 */
final class NamingSimilarity {

    /** Letter-trigram similarity from which two names are one name written differently. */
    static final double SAME_LETTERS = 0.85;
    /** Trigram similarity from which a shared website, e-mail domain or phone makes two names one. */
    static final double CONTACT_BACKED_LETTERS = 0.5;

    /** Shortest name left after the sort-of-place words that identifies an organisation on its own. */
    static final int CORE_LENGTH = 4;

    /** Longest abbreviation recognised ("PCOB", "KBO", "SWOK"). */
    private static final int MAX_ABBREVIATION = 6;

    /** Words an abbreviation leaves out ("Katholieke Bond van Ouderen" is KBO). */
    private static final Set<String> LINKING_WORDS = Set.of("van", "voor", "en", "der", "den", "op", "in", "aan");

    private NamingSimilarity() {
    }

    static boolean same(Naming a, Naming b) {
        boolean sharedContact = equal(a.email(), b.email()) || equal(a.phone(), b.phone());
        boolean sameSite = equal(a.host(), b.host()) || equal(a.mailDomain(), b.mailDomain());
        if (differ(a.host(), b.host()) && !sharedContact) {
            return false;
        }
        if (differ(a.key().town(), b.key().town()) && !sharedContact && !sameSite) {
            return false;
        }
        if (a.key().squashed().isEmpty() || b.key().squashed().isEmpty()) {
            return false;
        }
        if (a.key().squashed().equals(b.key().squashed()) || a.key().withTown().equals(b.key().withTown())) {
            return true;
        }
        if (a.key().core().length() >= CORE_LENGTH && a.key().core().equals(b.key().core())) {
            return true; // "Buurthuis De Kern" and "De Kern Katwijk": the same name, one with its sort of place
        }
        if (abbreviates(a.key().tokens(), b.key().tokens()) || abbreviates(b.key().tokens(), a.key().tokens())) {
            return true;
        }
        double letters = trigramSimilarity(a.key().squashed(), b.key().squashed());
        if (letters >= SAME_LETTERS && a.key().squashed().length() >= 6) {
            return true;
        }
        boolean contained = contains(a.key().tokens(), b.key().tokens()) || contains(b.key().tokens(), a.key().tokens());
        return (sharedContact || sameSite) && (contained || letters >= CONTACT_BACKED_LETTERS);
    }

    /** True when {@code short} is one word made of the initials of {@code long}'s words: "KBO" for "Katholieke Bond van Ouderen". */
    private static boolean abbreviates(List<String> shortName, List<String> longName) {
        return shortName.size() == 1 && longName.size() >= 2 && shortName.getFirst().equals(abbreviation(longName));
    }

    /**
     * What a name is abbreviated to, for blocking and comparing: a short one-word name as it is ("kbo"), the
     * initials of a longer name without linking words ("katholieke bond van ouderen" → "kbo"); null otherwise.
     */
    static String abbreviation(List<String> tokens) {
        if (tokens.size() == 1) {
            String word = tokens.getFirst();
            return word.length() >= 2 && word.length() <= MAX_ABBREVIATION ? word : null;
        }
        StringBuilder initials = new StringBuilder();
        for (String token : tokens) {
            if (!LINKING_WORDS.contains(token)) {
                initials.append(token.charAt(0));
            }
        }
        return initials.length() >= 2 && initials.length() <= MAX_ABBREVIATION ? initials.toString() : null;
    }

    private static boolean equal(String a, String b) {
        return a != null && a.equals(b);
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /** True when every word of {@code small} occurs in {@code large}. */
    private static boolean contains(List<String> large, List<String> small) {
        return !small.isEmpty() && large.containsAll(small);
    }

    static double trigramSimilarity(String a, String b) {
        Set<String> ta = trigrams(a);
        Set<String> tb = trigrams(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(ta);
        common.retainAll(tb);
        return 2.0 * common.size() / (ta.size() + tb.size());
    }

    private static Set<String> trigrams(String text) {
        String padded = "  " + text + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }
}
