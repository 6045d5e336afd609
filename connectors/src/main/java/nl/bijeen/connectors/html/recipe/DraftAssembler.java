package nl.bijeen.connectors.html.recipe;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Schedule;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.text.HtmlSanitizer;
import nl.bijeen.connectors.text.PlaceLine;
import nl.bijeen.connectors.text.StableIds;
import nl.bijeen.connectors.text.Links;

/** Turns the texts read for one item into an activity, or into a warning when it has no title or no usable date. */
final class DraftAssembler {

    private final Recipe recipe;
    private final String sourceId;
    private final ZoneId zone;
    private final LocalDate reference;
    private final Consumer<Warning> warnings;

    DraftAssembler(Recipe recipe, String sourceId, ZoneId zone, LocalDate reference, Consumer<Warning> warnings) {
        this.recipe = recipe;
        this.sourceId = sourceId;
        this.zone = zone;
        this.reference = reference;
        this.warnings = warnings;
    }

    Optional<ActivityDraft> assemble(RawItem item) {
        String published = HtmlSanitizer.singleLine(item.first("title"));
        String title = Cancellation.withoutMark(published);
        String ref = "item " + item.position();
        if (title.isEmpty()) {
            warnings.accept(new Warning(ref, "item without a title (selector '" + recipe.fields().get("title").selector()
                    + "' found nothing): skipped"));
            return Optional.empty();
        }
        String date = item.first("date");
        List<Occurrence> occurrences = recipe.dates().read(date, item.first("time"), item.first("endTime"), zone,
                reference);
        if (occurrences.isEmpty() && !recipe.undatedOffer()) {
            warnings.accept(new Warning(ref, "'" + title + "': " + (date == null ? "no date found"
                    : "date '" + date + "' not understood") + ": skipped"));
            return Optional.empty();
        }
        boolean cancelled = Cancellation.isMarked(published, date, item.first("time"));
        if (cancelled) {
            occurrences = occurrences.stream().map(o -> new Occurrence(o.start(), o.end(), true)).toList();
        }
        URI link = Links.absolute(item.first("link"), item.base("link"));
        String id = link != null ? link.toString() : StableIds.fromContent(title, date);
        boolean allDay = !occurrences.isEmpty() && occurrences.stream().allMatch(DraftAssembler::wholeDays);
        return Optional.of(new ActivityDraft(sourceId, id, title,
                HtmlSanitizer.describe(item.first("description"), item.base("description")),
                new Schedule(zone, allDay, occurrences), place(item), RecipeOrganisations.organiser(item),
                item.all("audience").stream().map(HtmlSanitizer::singleLine).toList(),
                item.all("category").stream().map(HtmlSanitizer::singleLine).toList(),
                line(item.first("cost")), Links.absolute(item.first("image"), item.base("image")), link,
                cancelled ? ActivityDraft.Status.CANCELLED : ActivityDraft.Status.SCHEDULED));
    }

    private static boolean wholeDays(Occurrence o) {
        return o.start().toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && o.end() != null
                && o.end().toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }

    private static Place place(RawItem item) {
        String name = line(item.first("place"));
        String address = line(item.first("address"));
        if (name != null && address != null) {
            return new Place(name, address, null, null);
        }
        if (name != null) {
            return PlaceLine.parse(name, null, null);
        }
        return address == null ? null : new Place(null, address, null, null);
    }

    private static String line(String value) {
        String line = value == null ? "" : HtmlSanitizer.singleLine(value);
        return line.isEmpty() ? null : line;
    }
}
