package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.html.JsonLdValues.all;
import static nl.bijeen.connectors.html.JsonLdValues.text;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Schedule;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.text.HtmlSanitizer;
import nl.bijeen.connectors.text.IsoDateTimes;
import nl.bijeen.connectors.text.Links;
import nl.bijeen.connectors.text.StableIds;

/** Maps one schema.org Event node to an {@link ActivityDraft}; one without name or readable startDate is a warning. */
final class JsonLdEventMapper {

    private final String sourceId;
    private final URI page;
    private final ZoneId zone;
    private final Consumer<Warning> warnings;

    JsonLdEventMapper(String sourceId, URI page, ZoneId zone, Consumer<Warning> warnings) {
        this.sourceId = sourceId;
        this.page = page;
        this.zone = zone;
        this.warnings = warnings;
    }

    Optional<ActivityDraft> map(JsonNode event, int position) {
        String name = HtmlSanitizer.singleLine(Optional.ofNullable(text(event, "name")).orElse(""));
        URI url = Links.absolute(text(event, "url"), page);
        String ref = reference(event, url, name, position);
        if (name.isEmpty()) {
            warnings.accept(new Warning(ref, "event " + ref + " has no name: skipped"));
            return Optional.empty();
        }
        String startDate = text(event, "startDate");
        Optional<Temporal> start = IsoDateTimes.parse(startDate, zone);
        if (start.isEmpty()) {
            warnings.accept(new Warning(ref, "event \"" + name + "\" has no readable start date ("
                    + (startDate == null ? "startDate missing" : "startDate \"" + startDate + "\"") + "): skipped"));
            return Optional.empty();
        }
        boolean cancelled = Optional.ofNullable(text(event, "eventStatus")).orElse("").endsWith("EventCancelled");
        Schedule schedule = schedule(start.get(), IsoDateTimes.parse(text(event, "endDate"), zone).orElse(null), cancelled);
        String itemId = Optional.ofNullable(id(event)).or(() -> Optional.ofNullable(url).map(URI::toString))
                .orElseGet(() -> StableIds.fromContent(name, startDate));
        return Optional.of(new ActivityDraft(sourceId, itemId, name,
                HtmlSanitizer.describe(text(event, "description"), page), schedule,
                PlaceAndOrganiser.place(event), PlaceAndOrganiser.organiser(event, page),
                OffersAndAudience.audiences(event), themes(event), OffersAndAudience.cost(event), image(event), url,
                cancelled ? ActivityDraft.Status.CANCELLED : ActivityDraft.Status.SCHEDULED));
    }

    private Schedule schedule(Temporal start, Temporal end, boolean cancelled) {
        if (start instanceof LocalDate day) {
            LocalDate last = end instanceof LocalDate e && !e.isBefore(day) ? e
                    : end instanceof ZonedDateTime z && !z.toLocalDate().isBefore(day) ? z.toLocalDate() : day;
            return new Schedule(zone, true, List.of(
                    new Occurrence(day.atStartOfDay(zone), last.plusDays(1).atStartOfDay(zone), cancelled)));
        }
        ZonedDateTime from = (ZonedDateTime) start;
        ZonedDateTime until = end instanceof ZonedDateTime e && !e.isBefore(from) ? e : null;
        return new Schedule(zone, false, List.of(new Occurrence(from, until, cancelled)));
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
