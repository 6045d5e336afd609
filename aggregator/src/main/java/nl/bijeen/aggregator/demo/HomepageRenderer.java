package nl.bijeen.aggregator.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A site's homepage: who they are, what they offer, and a {@code <link rel="alternate">} to the feed (not on recipe
 * sites, which have no feed: only a link to their agenda page).
 */
final class HomepageRenderer {

    byte[] render(RenderContext ctx) {
        DemoSite site = ctx.site();
        String name = Html.escape(site.name());
        String feed = Html.escape(ctx.feedUrl().toString());
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(name).append("</title>\n");
        if (!site.format().isRecipe()) {
            // A recipe site is a plain CMS-less site: no feed to announce, only a link to its agenda page.
            html.append("<link rel=\"alternate\" type=\"").append(feedType(site.format())).append("\" title=\"")
                    .append(Html.escape(feedTitle(site))).append("\" href=\"").append(feed).append("\">\n");
        }
        html.append("</head>\n<body>\n<header><h1>").append(name).append("</h1>\n<p>")
                .append(Html.escape(site.kind())).append(" in ")
                .append(Html.escape(KatwijkWijken.NAMES.getOrDefault(site.wijk(), site.wijk()))).append("</p></header>\n<main>\n");
        if (site.intro() != null) {
            html.append("<p>").append(Html.escape(site.intro().strip())).append("</p>\n");
        }
        html.append("<p><a href=\"").append(feed).append("\">").append(Html.escape(feedTitle(site)))
                .append("</a></p>\n<h2>Wat we doen</h2>\n<ul>\n");
        for (Publication p : ctx.publications()) {
            item(html, ctx, p);
        }
        html.append("</ul>\n</main>\n<footer><p>").append(contact(site.organisation()))
                .append("</p><p>Demowebsite van Bijeen – de activiteiten zijn verzonnen.</p></footer>\n")
                .append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void item(StringBuilder html, RenderContext ctx, Publication p) {
        List<DemoOccurrence> next = p.schedule().upcoming(ctx.clock(), 1);
        String series = DutchDates.series(p.schedule());
        String when = next.isEmpty() ? "Doorlopend, kom gerust langs"
                : series != null ? capitalise(series) + ", " + DutchDates.times(next.get(0))
                : DutchDates.when(next.get(0));
        html.append("<li id=\"").append(ItemIds.anchor(p.activity())).append("\"><strong>")
                .append(Html.escape(p.title())).append("</strong> – ").append(Html.escape(when)).append(", ")
                .append(Html.escape(p.place().name())).append("</li>\n");
    }

    private static String contact(DemoOrganiser o) {
        StringBuilder s = new StringBuilder(Html.escape(o.name()));
        if (o.email() != null) {
            s.append(" · <a href=\"mailto:").append(Html.escape(o.email())).append("\">")
                    .append(Html.escape(o.email())).append("</a>");
        }
        return s.toString();
    }

    static String feedType(DemoFormat format) {
        return switch (format) {
            case ICAL -> "text/calendar";
            case RSS -> "application/rss+xml";
            case ATOM -> "application/atom+xml";
            case JSONLD, RECIPE_BUURTHUIS, RECIPE_BIBLIOTHEEK -> "text/html";
        };
    }

    private static String feedTitle(DemoSite site) {
        return switch (site.format()) {
            case ICAL -> "Agenda (iCal) van " + site.name();
            case RSS, ATOM -> "Nieuws en activiteiten van " + site.name();
            case JSONLD, RECIPE_BUURTHUIS, RECIPE_BIBLIOTHEEK -> "Agenda van " + site.name();
        };
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
