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

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;
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
        this.schedules = new FeedSchedule(settings.defaultZone(), settings.now(), settings.horizon());
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
        List<String> themes = themes(entry, event);
        ActivityDraft.Kind kind = NoticeBoard.isNotice(title, themes) ? ActivityDraft.Kind.PRIKBORD : null;
        return Optional.of(new ActivityDraft(settings.sourceId(), itemId, title, description, schedule,
                place(event), FeedOrganisers.organiser(entry, event, base), audiences(entry), themes, null,
                FeedImages.imageOf(entry, base), link, ActivityDraft.Status.SCHEDULED, kind, null));
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

    /** Categories in an audience domain ("doelgroep", as WordPress agenda plug-ins write it) name who it is for. */
    private static List<String> audiences(SyndEntry entry) {
        return List.copyOf(categoryNames(entry, true));
    }

    private static List<String> themes(SyndEntry entry, EventModule event) {
        Set<String> themes = categoryNames(entry, false);
        if (event.type() != null) {
            themes.add(HtmlSanitizer.singleLine(event.type()));
        }
        themes.remove("");
        return List.copyOf(themes);
    }

    private static Set<String> categoryNames(SyndEntry entry, boolean audienceDomain) {
        Set<String> names = new LinkedHashSet<>();
        entry.getCategories().stream()
                .filter(c -> isAudienceDomain(c.getTaxonomyUri()) == audienceDomain)
                .map(SyndCategory::getName).filter(n -> n != null && !n.isBlank())
                .map(HtmlSanitizer::singleLine).forEach(names::add);
        return names;
    }

    private static boolean isAudienceDomain(String domain) {
        return domain != null && AUDIENCE_DOMAINS.contains(domain.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> AUDIENCE_DOMAINS = Set.of("doelgroep", "doelgroepen", "voor wie", "voor-wie", "audience");

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
