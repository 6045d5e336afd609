package nl.bijeen.connectors.feed;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.SourceSettings;
import nl.bijeen.connectors.text.HtmlSanitizer;
import nl.bijeen.connectors.text.Links;
import nl.bijeen.connectors.text.PlaceLine;
import nl.bijeen.connectors.text.StableIds;

/** Maps one RSS item or Atom entry to an {@link ActivityDraft}; an item without a title becomes a warning. */
final class FeedItemMapper {

    private final SourceSettings settings;
    private final URI base;
    private final FeedSchedule schedules;
    private final Consumer<Warning> warnings;

    FeedItemMapper(SourceSettings settings, URI base, Consumer<Warning> warnings) {
        this.settings = settings;
        this.base = base;
        this.schedules = new FeedSchedule(settings.defaultZone(), settings.now());
        this.warnings = warnings;
    }

    Optional<ActivityDraft> map(SyndEntry entry, int position) {
        String title = HtmlSanitizer.singleLine(entry.getTitle());
        URI link = Links.absolute(entry.getLink(), base);
        String ref = reference(entry, link, position);
        if (title.isEmpty()) {
            warnings.accept(new Warning(ref, "item \"" + ref + "\" has no title: skipped"));
            return Optional.empty();
        }
        Description description = HtmlSanitizer.describe(body(entry), base);
        EventModule event = EventModule.of(entry.getForeignMarkup());
        var schedule = schedules.of(event, title, description.text(), entry.getPublishedDate(), ref, warnings);
        String itemId = firstNonBlank(entry.getUri(), link == null ? null : link.toString())
                .orElseGet(() -> StableIds.fromContent(title, schedule.occurrences().isEmpty() ? ""
                        : schedule.occurrences().getFirst().start()));
        return Optional.of(new ActivityDraft(settings.sourceId(), itemId, title, description, schedule,
                place(event), organiser(entry, event), List.of(), themes(entry, event), null,
                FeedImages.imageOf(entry, base), link, ActivityDraft.Status.SCHEDULED));
    }

    /** The fullest text the item has: content:encoded / Atom content when longer than the description. */
    private static String body(SyndEntry entry) {
        String description = entry.getDescription() == null ? "" : nullToEmpty(entry.getDescription().getValue());
        String content = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse("");
        return content.length() > description.length() ? content : description;
    }

    private static Place place(EventModule event) {
        return event.location() == null ? null : PlaceLine.parse(HtmlSanitizer.singleLine(event.location()), null, null);
    }

    private static Organiser organiser(SyndEntry entry, EventModule event) {
        Optional<String> name = firstNonBlank(event.organizer(), entry.getAuthor(),
                entry.getAuthors().stream().map(SyndPerson::getName).findFirst().orElse(null));
        return name.map(HtmlSanitizer::singleLine).filter(n -> !n.isEmpty()).map(n -> new Organiser(n, null, null))
                .orElse(null);
    }

    private static List<String> themes(SyndEntry entry, EventModule event) {
        Set<String> themes = new LinkedHashSet<>();
        entry.getCategories().stream().map(SyndCategory::getName).filter(n -> n != null && !n.isBlank())
                .map(HtmlSanitizer::singleLine).forEach(themes::add);
        if (event.type() != null) {
            themes.add(HtmlSanitizer.singleLine(event.type()));
        }
        themes.remove("");
        return List.copyOf(themes);
    }

    private static String reference(SyndEntry entry, URI link, int position) {
        return firstNonBlank(entry.getUri(), link == null ? null : link.toString()).orElse("item " + position);
    }

    private static Optional<String> firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
