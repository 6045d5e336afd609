package nl.bijeen.web.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Sorts a published cost into "gratis" or "betaald" for the cost filter and facet. The normaliser writes costs as
 * "gratis", "€ 2,50" or several joined with " / "; a list with any real price counts as paid, because "gratis /
 * € 5" usually means "free for members" and a resident filtering on free should not be surprised at the door.
 */
public final class CostClass {

    public static final String FREE = "gratis";
    public static final String PAID = "betaald";

    private CostClass() {
    }

    /** @return empty when the cost is not published: unknown is neither free nor paid */
    public static Optional<String> of(String cost) {
        if (cost == null || cost.isBlank()) {
            return Optional.empty();
        }
        boolean anyPrice = Arrays.stream(cost.toLowerCase(Locale.ROOT).split("/"))
                .map(String::strip)
                .anyMatch(part -> !isFree(part));
        return Optional.of(anyPrice ? PAID : FREE);
    }

    private static boolean isFree(String part) {
        return part.contains("gratis") || part.contains("vrije gift") || part.contains("vrij entree")
                || part.matches("€?\\s*0+([,.]0+)?(\\s*euro)?");
    }
}
