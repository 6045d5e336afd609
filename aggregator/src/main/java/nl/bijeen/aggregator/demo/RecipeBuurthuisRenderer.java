package nl.bijeen.aggregator.demo;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The agenda of a buurthuis without a CMS, in the page shape config/recipes/demo-buurthuis.yml documents: a list
 * with one entry per date (the next {@value JsonLdPageRenderer#OCCURRENCES_PER_SERIES} dates of a series, each
 * linking to the activity's page), in date order, {@value DemoWorld#ENTRIES_PER_PAGE} entries a page, and a
 * {@code rel="next"} link from agenda.html to agenda-2.html and on. No markup beyond plain HTML.
 */
final class RecipeBuurthuisRenderer {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** "dinsdag 17 maart 2026, 10.00 - 12.00 uur", as the recipe's Dutch date reader expects it. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", DUTCH);

    private record Entry(Publication publication, DemoOccurrence occurrence) {
    }

    /** The path of list page {@code page} (1 is the feed path itself): agenda.html, agenda-2.html … */
    static String pagePath(DemoSite site, int page) {
        String first = site.feedPath();
        return page == 1 ? first : first.substring(0, first.length() - ".html".length()) + "-" + page + ".html";
    }

    /** List page {@code page} (1-based); empty past the last page (page 1 always exists, perhaps without entries). */
    Optional<byte[]> render(RenderContext ctx, int page) {
        List<Entry> entries = entries(ctx);
        int pages = Math.max(1, (entries.size() + DemoWorld.ENTRIES_PER_PAGE - 1) / DemoWorld.ENTRIES_PER_PAGE);
        if (page < 1 || page > pages) {
            return Optional.empty();
        }
        String name = Html.escape(ctx.site().name());
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Agenda").append(page > 1 ? " (pagina " + page + ")" : "").append(" – ").append(name)
                .append("</title>\n</head>\n<body>\n<div id=\"kop\"><h1>").append(name).append("</h1>\n")
                .append("<p><a href=\"").append(Html.escape(ctx.siteUrl().toString()))
                .append("\">Home</a> | Agenda</p></div>\n<div id=\"inhoud\">\n<h2>Agenda</h2>\n<ul class=\"agenda\">\n");
        int from = (page - 1) * DemoWorld.ENTRIES_PER_PAGE;
        entries.subList(from, Math.min(entries.size(), from + DemoWorld.ENTRIES_PER_PAGE))
                .forEach(e -> entry(html, ctx, e));
        html.append("</ul>\n");
        if (page > 1) {
            html.append("<a rel=\"prev\" href=\"").append(Html.escape(last(pagePath(ctx.site(), page - 1))))
                    .append("\">Vorige pagina</a>\n");
        }
        if (page < pages) {
            html.append("<a rel=\"next\" href=\"").append(Html.escape(last(pagePath(ctx.site(), page + 1))))
                    .append("\">Volgende pagina</a>\n");
        }
        html.append("</div>\n<div id=\"voet\">").append(RecipeOrganisers.publisherLine(ctx))
                .append("<p>Demowebsite van Bijeen – de activiteiten zijn verzonnen.</p></div>\n")
                .append("</body>\n</html>\n");
        return Optional.of(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every date of every publication, in date order (the order of world.yml for the same start). */
    private static List<Entry> entries(RenderContext ctx) {
        return ctx.publications().stream()
                .flatMap(p -> p.shownOccurrences(ctx.clock()).stream().map(o -> new Entry(p, o)))
                .sorted(Comparator.comparing(e -> e.occurrence().start().toInstant()))
                .toList();
    }

    private static void entry(StringBuilder html, RenderContext ctx, Entry e) {
        Publication p = e.publication();
        DemoActivity a = p.activity();
        String title = (a.cancelled() ? "GEANNULEERD: " : "") + p.title();
        html.append("<li class=\"activiteit\">\n<h3><a href=\"")
                .append(Html.escape(ItemIds.recipeLink(ctx.site(), a))).append("\">").append(Html.escape(title))
                .append("</a></h3>\n<p class=\"wanneer\">").append(Html.escape(when(e.occurrence()))).append("</p>\n")
                .append("<p class=\"waar\">").append(Html.escape(p.place().locationLine())).append("</p>\n")
                .append("<div class=\"tekst\"><p>").append(Html.escape(p.description())).append("</p></div>\n")
                .append("<p class=\"kosten\">").append(Html.escape(a.cost())).append("</p>\n")
                .append("<p class=\"door\">Door: ").append(RecipeOrganisers.nameAndContact(p.organiser()))
                .append("</p>\n");
        if (!a.audiences().isEmpty()) {
            html.append("<p class=\"voor\">").append(Html.escape(String.join(", ", a.audiences()))).append("</p>\n");
        }
        html.append("<img class=\"foto\" src=\"").append(Html.escape(ctx.imageUrl(a).toString()))
                .append("\" alt=\"\">\n</li>\n");
    }

    static String when(DemoOccurrence o) {
        return DAY.format(o.start()) + ", " + TIME.format(o.start()) + " - " + TIME.format(o.end()) + " uur";
    }

    /** The last path segment: list pages link to each other relatively. */
    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
