package nl.bijeen.aggregator.demo;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything a renderer needs for one site's document: what it publishes, where it is served and the clock.
 * "Updated" stamps are the start of the clock's day, so a document only changes when its content does (and
 * once a day), which keeps ETags meaningful.
 */
record RenderContext(DemoSite site, List<Publication> publications, URI base, Clock clock) {

    URI siteUrl() {
        return base.resolve(site.homePath());
    }

    URI feedUrl() {
        return DemoWorld.feedUri(base, site);
    }

    /** Where a reader finds the activity on the site: the agenda page for JSON-LD sites, else the homepage. */
    URI itemLink(DemoActivity activity) {
        if (site.format().isRecipe()) {
            return feedUrl().resolve(ItemIds.recipeLink(site, activity));
        }
        URI page = site.format() == DemoFormat.JSONLD ? feedUrl() : siteUrl();
        return URI.create(page + "#" + ItemIds.anchor(activity));
    }

    /** Where the demo server serves the organisation's logo, for organisers that carry a profile. */
    java.util.Optional<URI> logoUrl(DemoOrganiser organiser) {
        return java.util.Optional.ofNullable(organiser.profile()).map(p -> base.resolve(p.logoPath()));
    }

    URI imageUrl(DemoActivity activity) {
        return base.resolve(Pictograms.path(activity.themes()));
    }

    ZonedDateTime updated() {
        return LocalDate.ofInstant(clock.instant(), DemoSchedule.AMSTERDAM).atStartOfDay(DemoSchedule.AMSTERDAM);
    }
}
