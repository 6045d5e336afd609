package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.html.JsonLdValues.all;
import static nl.bijeen.connectors.html.JsonLdValues.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Schedule;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.SourceSettings;
import nl.bijeen.connectors.text.HtmlSanitizer;
import nl.bijeen.connectors.text.Links;
import nl.bijeen.connectors.text.StableIds;

/** Maps one schema.org Event node to an {@link ActivityDraft}; one without name or readable startDate is a warning. */
final class JsonLdEventMapper {

    private final String sourceId;
    private final URI page;
    private final Consumer<Warning> warnings;
    private final EventDates dates;

    JsonLdEventMapper(SourceSettings settings, URI page, Consumer<Warning> warnings) {
        this.sourceId = settings.sourceId();
        this.page = page;
        this.warnings = warnings;
        this.dates = new EventDates(settings, warnings);
    }

    Optional<ActivityDraft> map(JsonNode event, int position) {
        String name = HtmlSanitizer.singleLine(Optional.ofNullable(text(event, "name")).orElse(""));
        URI url = Links.absolute(text(event, "url"), page);
        String ref = reference(event, url, name, position);
        if (name.isEmpty()) {
            warnings.accept(new Warning(ref, "event " + ref + " has no name: skipped"));
            return Optional.empty();
        }
        String status = Optional.ofNullable(text(event, "eventStatus")).orElse("");
        boolean cancelled = status.endsWith("EventCancelled");
        if (status.endsWith("EventPostponed")) {
            warnings.accept(new Warning(ref, "event \"" + name + "\" is postponed without a new date: its old date is "
                    + "kept until the organiser publishes one"));
        }
        Optional<Schedule> schedule = dates.schedule(event, name, ref, cancelled);
        if (schedule.isEmpty()) {
            return Optional.empty();
        }
        warnAboutUnknownReferences(event, name, ref);
        Place place = PlaceAndOrganiser.place(event);
        // Without @id or url the content is the key; the place is part of it, as one title may be held at two places.
        String itemId = Optional.ofNullable(id(event)).or(() -> Optional.ofNullable(url).map(URI::toString))
                .orElseGet(() -> place == null || place.name() == null
                        ? StableIds.fromContent(name, text(event, "startDate"))
                        : StableIds.fromContent(name, text(event, "startDate"), place.name()));
        return Optional.of(new ActivityDraft(sourceId, itemId, name,
                HtmlSanitizer.describe(description(event), page), schedule.get(),
                place, PlaceAndOrganiser.organiser(event, page),
                audiences(event), themes(event), OffersAndAudience.cost(event), image(event), url,
                cancelled ? ActivityDraft.Status.CANCELLED : ActivityDraft.Status.SCHEDULED, null,
                Accessibility.wheelchair(event)));
    }

    /**
     * The description; The Events Calendar escapes its HTML once more ("&lt;p&gt;…&lt;/p&gt;\\n"), which is undone
     * here so that the reader sees a paragraph rather than its markup.
     */
    private static String description(JsonNode event) {
        String description = text(event, "description");
        if (description != null && description.indexOf('<') < 0 && description.contains("&lt;")) {
            return org.jsoup.parser.Parser.unescapeEntities(description, false).replace("\\n", "\n");
        }
        return description;
    }

    /** A place or organiser given only as {"@id": …} that no node on the page describes is lost: say so. */
    private void warnAboutUnknownReferences(JsonNode event, String name, String ref) {
        for (String property : List.of("location", "organizer")) {
            JsonNode value = JsonLdValues.first(event, property);
            if (value != null && value.isObject() && value.size() == 1 && value.has("@id")) {
                warnings.accept(new Warning(ref, "event \"" + name + "\": its " + property + " refers to \""
                        + text(value, "@id") + "\", which the page does not describe: left out"));
            }
        }
    }

    /** The published audiences, and "Engelstalig" (etc.) for an event held in another language than Dutch. */
    private static List<String> audiences(JsonNode event) {
        List<String> audiences = new ArrayList<>(OffersAndAudience.audiences(event));
        JsonNode language = JsonLdValues.first(event, "inLanguage");
        String tag = language != null && language.isObject() ? text(language, "alternateName") : text(language);
        if (tag != null && !tag.isBlank()) {
            String code = Locale.forLanguageTag(tag.strip()).getLanguage();
            String dutchName = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag("nl"));
            if (!code.isEmpty() && !code.equals("nl") && !dutchName.equals(code)) {
                audiences.add(dutchName + "talig");
            }
        }
        return audiences;
    }

    /** keywords (comma-separated text or an array) and about (Thing names or text). */
    private static List<String> themes(JsonNode event) {
        Set<String> themes = new LinkedHashSet<>();
        for (JsonNode keywords : all(event, "keywords")) {
            String value = text(keywords);
            if (value != null) {
                for (String keyword : value.split(",")) {
                    themes.add(HtmlSanitizer.singleLine(keyword));
                }
            }
        }
        for (JsonNode about : all(event, "about")) {
            String value = about.isObject() ? text(about, "name") : text(about);
            if (value != null) {
                themes.add(HtmlSanitizer.singleLine(value));
            }
        }
        themes.remove("");
        return List.copyOf(themes);
    }

    private URI image(JsonNode event) {
        for (JsonNode image : all(event, "image")) {
            String href = image.isObject() ? Optional.ofNullable(text(image, "url")).orElse(text(image, "contentUrl"))
                    : text(image);
            URI uri = Links.absolute(href, page);
            if (uri != null) {
                return uri;
            }
        }
        return null;
    }

    /** The @id made absolute ("#agenda-1" on the page becomes "https://…/agenda#agenda-1"), or null. */
    private String id(JsonNode event) {
        String id = text(event, "@id");
        if (id == null || id.startsWith("_:")) {
            return null;
        }
        URI absolute = Links.absolute(id, page);
        return absolute == null ? id : absolute.toString();
    }

    private String reference(JsonNode event, URI url, String name, int position) {
        String id = id(event);
        if (id != null) {
            return id;
        }
        if (url != null) {
            return url.toString();
        }
        return name.isEmpty() ? "#" + position + " on the page" : "\"" + name + "\" (#" + position + " on the page)";
    }
}
