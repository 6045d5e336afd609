package nl.bijeen.aggregator.demo;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A site's agenda page: HTML a visitor can read, plus one JSON-LD block with a schema.org Event per date
 * (a recurring activity shows its next {@value #OCCURRENCES_PER_SERIES} dates, each an Event of its own).
 */
final class JsonLdPageRenderer {

    static final int OCCURRENCES_PER_SERIES = 4;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    byte[] render(RenderContext ctx) {
        StringBuilder html = new StringBuilder();
        String name = Html.escape(ctx.site().name());
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Agenda – ").append(name).append("</title>\n")
                .append("<script type=\"application/ld+json\">\n").append(jsonLd(ctx)).append("\n</script>\n")
                .append("</head>\n<body>\n<header><h1>Agenda van ").append(name).append("</h1>\n")
                .append("<p><a href=\"").append(Html.escape(ctx.siteUrl().toString()))
                .append("\">Naar de homepage</a></p></header>\n<main>\n");
        for (Publication p : ctx.publications()) {
            article(html, ctx, p);
        }
        html.append("</main>\n<footer><p>Demowebsite van Bijeen – de activiteiten zijn verzonnen.</p></footer>\n")
                .append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void article(StringBuilder html, RenderContext ctx, Publication p) {
        List<DemoOccurrence> dates = p.shownOccurrences(ctx.clock());
        html.append("<article id=\"").append(ItemIds.anchor(p.activity())).append("\">\n<h2>")
                .append(Html.escape(p.title())).append("</h2>\n");
        if (p.activity().cancelled()) {
            html.append("<p><strong>Gaat niet door.</strong></p>\n");
        }
        html.append("<ul class=\"data\">\n");
        dates.forEach(o -> html.append("<li><time datetime=\"").append(FeedText.ISO.format(o.start())).append("\">")
                .append(Html.escape(DutchDates.when(o))).append("</time></li>\n"));
        html.append("</ul>\n<p>").append(Html.escape(p.description())).append("</p>\n<p>Waar: ")
                .append(Html.escape(p.place().locationLine())).append("<br>Kosten: ")
                .append(Html.escape(p.activity().cost())).append("</p>\n</article>\n");
    }

    /** The JSON-LD block; '<' is written as \u003c so no "</script>" in a text can end the block early. */
    private static String jsonLd(RenderContext ctx) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@graph", JsonLdEvents.graph(ctx));
        try {
            return JSON.writeValueAsString(doc).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }
}
