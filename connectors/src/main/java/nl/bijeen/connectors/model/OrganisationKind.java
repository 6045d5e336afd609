package nl.bijeen.connectors.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of organisation the directory filters on. Fixed in code rather than in the taxonomy file because pages,
 * the API and the HSDS export name them; which words and schema.org types lead to a kind is configuration.
 */
public enum OrganisationKind {
    WELZIJN("welzijn", "Welzijnsorganisatie"),
    VERENIGING("vereniging", "Vereniging"),
    KERK("kerk", "Kerk of levensbeschouwing"),
    BIBLIOTHEEK("bibliotheek", "Bibliotheek"),
    BEWONERSINITIATIEF("bewonersinitiatief", "Bewonersinitiatief"),
    GEMEENTE("gemeente", "Gemeente"),
    BUURTHUIS("buurthuis", "Buurthuis of dorpshuis"),
    SPORT("sport", "Sportclub of sportaanbieder"),
    ZORG("zorg", "Zorg"),
    ONDERWIJS("onderwijs", "Onderwijs"),
    CULTUUR("cultuur", "Cultuur"),
    OVERIG("overig", "Overige organisatie");

    private final String code;
    private final String label;

    OrganisationKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Short lowercase code used in URLs, the store and the API ("bibliotheek"). */
    public String code() {
        return code;
    }

    /** Plain Dutch label for residents ("Bibliotheek"). */
    public String label() {
        return label;
    }

    public static Optional<OrganisationKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
