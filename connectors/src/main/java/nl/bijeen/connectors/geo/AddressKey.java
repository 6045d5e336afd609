package nl.bijeen.connectors.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The cache key of an address line: the same address written differently ("Voorstraat 84, 2225 ER  Katwijk",
 * "voorstraat 84 2225er KATWIJK") gives the same key. Lower case, accents and punctuation dropped, a postcode's
 * space removed, whitespace collapsed.
 */
public final class AddressKey {

    private AddressKey() {
    }

    /** The key, or empty for a line without letters or digits. */
    public static Optional<String> of(String addressLine) {
        if (addressLine == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(addressLine, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .replaceAll("\\b(\\d{4}) ([a-z]{2})\\b", "$1$2")
                .strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
