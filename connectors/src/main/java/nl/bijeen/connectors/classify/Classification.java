package nl.bijeen.connectors.classify;

import java.util.List;

/**
 * What the classifier concluded about one activity.
 *
 * @param audiences            taxonomy audience ids, best first
 * @param themes               taxonomy theme ids, best first
 * @param cost                 "gratis", an amount like "€ 2,50", the published cost when it is no single amount
 *                             ("€ 5,00 / € 3,00 leden"), or {@code null} when unknown
 * @param wheelchairAccessible true/false when stated, {@code null} when nothing is said
 */
public record Classification(List<String> audiences, List<String> themes, String cost, Boolean wheelchairAccessible) {

    public Classification {
        audiences = List.copyOf(audiences);
        themes = List.copyOf(themes);
    }
}
