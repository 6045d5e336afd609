package nl.bijeen.connectors.html.recipe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds unknown keys and the known key a typo was probably meant to be ("feilds" → "fields"). */
final class RecipeKeys {

    private RecipeKeys() {
    }

    /** The unknown keys among {@code keys}, in their order. */
    static List<String> unknown(Iterable<String> keys, Collection<String> known) {
        List<String> unknown = new ArrayList<>();
        keys.forEach(k -> {
            if (!known.contains(k)) {
                unknown.add(k);
            }
        });
        return unknown;
    }

    /** The known key closest to {@code key} when it is a near miss (a few letters off, or another case). */
    static Optional<String> nearest(String key, Collection<String> known) {
        String lower = key.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= Math.max(2, Math.min(3, k.length() / 3)))
                .min(Comparator.comparingInt(k -> distance(lower, k.toLowerCase(Locale.ROOT))));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
