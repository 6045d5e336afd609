package nl.bijeen.aggregator.demo;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The agenda of a library branch on a table-based CMS, in the page shape config/recipes/demo-bibliotheek.yml
 * documents: one table row per date (the next {@value JsonLdPageRenderer#OCCURRENCES_PER_SERIES} dates of a
 * series, all linking to the same detail page), in date order, and a detail page per activity under agenda/ with
 * end time, address, cost, audiences, categories and a picture. No markup beyond plain HTML.
 */
final class RecipeBibliotheekRenderer {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** "za 14-03-2026". */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE dd-MM-yyyy", DUTCH);
    /** "14.00" (H.mm). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm", DUTCH);

    private record Row(Publication publication, DemoOccurrence occurrence) {
    }

    /** The agenda table. */
    byte[] renderTable(RenderContext ctx) {
        String name = Html.escape(ctx.site().name());
        StringBuilder html = page(name, "Agenda – " + name)
                .append("<p><a href=\"").append(Html.escape(ctx.siteUrl().toString())).append("\">Home</a></p>\n")
                .append("<h1>Agenda</h1>\n<table class=\"agenda\">\n")
                .append("<thead><tr><th>Datum</th><th>Tijd</th><th>Activiteit</th><th>Locatie</th></tr></thead>\n")
                .append("<tbody>\n");
        List<Row> rows = ctx.publications().stream()
                .flatMap(p -> p.shownOccurrences(ctx.clock()).stream().map(o -> new Row(p, o)))
                .sorted(Comparator.comparing(r -> r.occurrence().start().toInstant()))
                .toList();
        for (Row r : rows) {
            Publication p = r.publication();
            html.append("<tr>\n<td class=\"datum\">").append(Html.escape(DATE.format(r.occurrence().start())))
                    .append("</td>\n<td class=\"tijd\">").append(TIME.format(r.occurrence().start()))
                    .append("</td>\n<td class=\"titel\"><a href=\"")
                    .append(Html.escape(ItemIds.recipeLink(ctx.site(), p.activity()))).append("\">")
                    .append(Html.escape(title(p))).append("</a></td>\n<td class=\"locatie\">")
                    .append(Html.escape(p.place().name())).append("</td>\n</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return end(html.append(RecipeOrganisers.publisherLine(ctx)));
    }

    /** The detail page of the publication whose activity has id {@code activityId}, if the site publishes it. */
    Optional<byte[]> renderDetail(RenderContext ctx, String activityId) {
        return ctx.publications().stream().filter(p -> p.activity().id().equals(activityId)).findFirst()
                .map(p -> detail(ctx, p));
    }

    private byte[] detail(RenderContext ctx, Publication p) {
        DemoActivity a = p.activity();
        String name = Html.escape(ctx.site().name());
        StringBuilder html = page(name, Html.escape(title(p)) + " – " + name)
                .append("<p><a href=\"../").append(Html.escape(agendaFile(ctx.site())))
                .append("\">Terug naar de agenda</a></p>\n<article class=\"activiteit\">\n<h1>")
                .append(Html.escape(title(p))).append("</h1>\n<div class=\"beschrijving\"><p>")
                .append(Html.escape(p.description())).append("</p></div>\n<dl class=\"gegevens\">\n");
        List<DemoOccurrence> next = p.shownOccurrences(ctx.clock());
        if (!next.isEmpty()) {
            html.append("<dt>Tot</dt><dd class=\"eindtijd\">").append(TIME.format(next.get(0).end()))
                    .append(" uur</dd>\n");
        }
        html.append("<dt>Adres</dt><dd class=\"adres\">").append(Html.escape(p.place().addressLine())).append("</dd>\n")
                .append("<dt>Kosten</dt><dd class=\"kosten\">").append(Html.escape(a.cost())).append("</dd>\n")
                .append("<dt>Organisator</dt><dd class=\"organisator\">")
                .append(RecipeOrganisers.nameAndContact(p.organiser())).append("</dd>\n");
        if (!a.audiences().isEmpty()) {
            html.append("<dt>Voor wie</dt>");
            a.audiences().forEach(x -> html.append("<dd class=\"doelgroep\">").append(Html.escape(x)).append("</dd>"));
            html.append('\n');
        }
        if (!a.themes().isEmpty()) {
            html.append("<dt>Soort</dt>");
            a.themes().forEach(x -> html.append("<dd class=\"categorie\">").append(Html.escape(x)).append("</dd>"));
            html.append('\n');
        }
        html.append("</dl>\n<img class=\"afbeelding\" src=\"").append(Html.escape(ctx.imageUrl(a).toString()))
                .append("\" alt=\"\">\n</article>\n");
        return end(html);
    }

    /** The detail pages live in agenda/ next to the agenda page: "agenda/&lt;activity-id&gt;.html" below the site. */
    static Optional<String> detailActivityId(DemoSite site, String rest) {
        String feed = site.feedPath();
        String prefix = feed.substring(0, feed.lastIndexOf('/') + 1) + "agenda/";
        if (rest.startsWith(prefix) && rest.endsWith(".html") && rest.length() > prefix.length() + 5) {
            return Optional.of(rest.substring(prefix.length(), rest.length() - 5));
        }
        return Optional.empty();
    }

    /** The agenda page's file name, one level up from the detail pages. */
    private static String agendaFile(DemoSite site) {
        return site.feedPath().substring(site.feedPath().lastIndexOf('/') + 1);
    }

    private static String title(Publication p) {
        return (p.activity().cancelled() ? "GEANNULEERD: " : "") + p.title();
    }

    private static StringBuilder page(String siteName, String title) {
        return new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(title).append("</title>\n</head>\n<body>\n<div class=\"kop\">").append(siteName)
                .append("</div>\n<div class=\"inhoud\">\n");
    }

    private static byte[] end(StringBuilder html) {
        html.append("</div>\n<div class=\"voet\">Demowebsite van Bijeen – de activiteiten zijn verzonnen.</div>\n")
                .append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
