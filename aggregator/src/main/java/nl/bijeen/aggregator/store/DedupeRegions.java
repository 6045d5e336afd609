package nl.bijeen.aggregator.store;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import nl.bijeen.aggregator.dedupe.DedupeItem;
import nl.bijeen.connectors.model.Place;

/**
 * The regions of a source item in the {@code source_item.dedupe_regions} column ("|gm0537|katwijk|"), so the
 * store hands deduplication only the items of the regions it compares — not every item on those dates in the
 * country.
 */
final class DedupeRegions {

    private DedupeRegions() {
    }

    static String column(Place place) {
        return "|" + String.join("|", new TreeSet<>(DedupeItem.regionsOf(place))) + "|";
    }

    /** A LIKE pattern per region; LIKE's own wildcards cannot occur, as region names are folded to letters. */
    static Set<String> patterns(Collection<String> regions) {
        Set<String> patterns = new TreeSet<>();
        regions.forEach(region -> patterns.add("%|" + region + "|%"));
        return patterns;
    }
}
