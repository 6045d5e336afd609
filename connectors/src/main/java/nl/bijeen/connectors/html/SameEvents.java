package nl.bijeen.connectors.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.text.HtmlSanitizer;

/**
 * Recognises an event the page already gave: by its item id (@id, itemid or url), and a microdata event also by
 * its title and first start, because a theme that prints microdata next to a plug-in's JSON-LD rarely gives both
 * the same id. Title and start alone are not used within one format: a "Spreekuur wijkagent" may be held at three
 * places at the same hour.
 */
final class SameEvents {

    private final Set<String> ids = new HashSet<>();
    private final Set<String> jsonLdTitlesAndStarts = new HashSet<>();
    private final Set<String> jsonLdTitles = new HashSet<>();

    /** True the first time this JSON-LD event is seen, and remembers it. */
    boolean firstInJsonLd(ActivityDraft event) {
        jsonLdTitlesAndStarts.add(titleAndStart(event));
        jsonLdTitles.add(event.title().toLowerCase(Locale.ROOT));
        return ids.add(event.sourceItemId());
    }

    /** True when this microdata event is not one the JSON-LD already gave (nor an earlier microdata event's id). */
    boolean firstInMicrodata(ActivityDraft event) {
        return !jsonLdTitlesAndStarts.contains(titleAndStart(event)) && ids.add(event.sourceItemId());
    }

    /** True when a JSON-LD event on the page has this title (as published: markup and spacing are ignored). */
    boolean titleInJsonLd(String title) {
        return title != null && jsonLdTitles.contains(HtmlSanitizer.singleLine(title).toLowerCase(Locale.ROOT));
    }

    private static String titleAndStart(ActivityDraft event) {
        return event.title().toLowerCase(Locale.ROOT) + "@" + event.schedule().occurrences().stream()
                .findFirst().map(o -> o.start().toInstant().toString()).orElse("");
    }
}
