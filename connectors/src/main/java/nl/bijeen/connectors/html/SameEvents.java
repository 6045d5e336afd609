package nl.bijeen.connectors.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import nl.bijeen.connectors.model.ActivityDraft;

/**
 * Recognises an event the page already gave: by its item id (@id, itemid or url), or by its title and first start
 * together, because a theme that prints microdata next to a plug-in's JSON-LD rarely gives both the same id.
 */
final class SameEvents {

    private final Set<String> ids = new HashSet<>();
    private final Set<String> titlesAndStarts = new HashSet<>();

    /** True the first time this event is seen, and remembers it. */
    boolean firstTime(ActivityDraft event) {
        String titleAndStart = event.title().toLowerCase(Locale.ROOT) + "@" + event.schedule().occurrences().stream()
                .findFirst().map(o -> o.start().toInstant().toString()).orElse("");
        boolean known = ids.contains(event.sourceItemId()) || titlesAndStarts.contains(titleAndStart);
        ids.add(event.sourceItemId());
        titlesAndStarts.add(titleAndStart);
        return !known;
    }
}
