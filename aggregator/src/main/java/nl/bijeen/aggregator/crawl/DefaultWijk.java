package nl.bijeen.aggregator.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;

/**
 * Gives a source's default wijk (sources.yml key {@code wijk}) to its activities that locating left without one:
 * a place whose address or coordinates did not lead to a wijk keeps its name and address and gains the wijk, and an
 * activity without any place gets a place that is only that wijk — a neighbourhood agenda's activities are in its
 * neighbourhood unless they say otherwise, and so they show up under the wijk filter. A wijk found by locating always
 * wins, and an online activity (place named "Online") is left alone: it is in no wijk.
 */
final class DefaultWijk {

    private DefaultWijk() {
    }

    static ParseResult apply(ParseResult parsed, String wijk) {
        if (wijk == null) {
            return parsed;
        }
        List<ActivityDraft> drafts = new ArrayList<>(parsed.activities().size());
        for (ActivityDraft draft : parsed.activities()) {
            drafts.add(apply(draft, wijk));
        }
        return new ParseResult(drafts, parsed.warnings(), parsed.publisher());
    }

    static ActivityDraft apply(ActivityDraft draft, String wijk) {
        Place place = draft.place();
        if (wijk == null) {
            return draft;
        }
        if (place == null) {
            return draft.withPlace(new Place(null, null, null, null, wijk, null));
        }
        if (place.wijk() != null || isOnline(place)) {
            return draft;
        }
        return draft.withPlace(new Place(place.name(), place.address(), place.latitude(), place.longitude(), wijk,
                place.buurt()));
    }

    private static boolean isOnline(Place place) {
        return place.name() != null && place.name().trim().toLowerCase(Locale.ROOT).equals("online")
                && place.address() == null;
    }
}
