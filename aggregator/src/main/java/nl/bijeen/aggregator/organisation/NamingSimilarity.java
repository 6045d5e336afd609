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
        double letters = trigramSimilarity(a.key().squashed(), b.key().squashed());
        if (letters >= SAME_LETTERS && a.key().squashed().length() >= 6) {
            return true;
        }
        boolean contained = contains(a.key().tokens(), b.key().tokens()) || contains(b.key().tokens(), a.key().tokens());
        return (sharedContact || sameSite) && (contained || letters >= CONTACT_BACKED_LETTERS);
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
