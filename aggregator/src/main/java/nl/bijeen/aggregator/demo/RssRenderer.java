package nl.bijeen.aggregator.demo;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** A site's news feed as RSS 2.0 with the RSS 1.0 event module: each item carries the activity's next date. */
final class RssRenderer {

    byte[] render(RenderContext ctx) {
        DemoOrganiser publisher = ctx.site().organisation();
        XmlOut xml = new XmlOut()
                .open("rss", "version", "2.0", "xmlns:ev", FeedText.EVENT_NS,
                        "xmlns:atom", "http://www.w3.org/2005/Atom")
                .open("channel")
                .text("title", publisher.name())
                .text("link", ctx.siteUrl().toString())
                .text("description", FeedText.publisherDescription(ctx))
                .text("language", "nl-nl");
        if (publisher.email() != null) {
            xml.text("managingEditor", publisher.email() + " (" + publisher.name() + ")");
        }
        xml.text("lastBuildDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(ctx.updated()))
                .empty("atom:link", "href", ctx.feedUrl().toString(), "rel", "self", "type", "application/rss+xml");
        ctx.logoUrl(publisher).ifPresent(logo -> xml.open("image").text("url", logo.toString())
                .text("title", publisher.name()).text("link", ctx.siteUrl().toString()).close());
        for (Publication p : ctx.publications()) {
            item(xml, ctx, p);
        }
        return xml.close().close().finish();
    }

    private void item(XmlOut xml, RenderContext ctx, Publication p) {
        List<DemoOccurrence> shown = p.shownOccurrences(ctx.clock());
        DemoOccurrence next = shown.isEmpty() ? null : shown.get(0);
        DemoActivity a = p.activity();
        xml.open("item")
                .text("title", p.title())
                .text("link", ctx.itemLink(a).toString())
                .text("guid", ItemIds.feedId(p.site(), a), "isPermaLink", "false")
                .text("description", FeedText.html(p, next));
        a.themes().forEach(t -> xml.text("category", t, "domain", "thema"));
        a.audiences().forEach(t -> xml.text("category", t, "domain", "doelgroep"));
        xml.empty("enclosure", "url", ctx.imageUrl(a).toString(),
                "length", String.valueOf(Pictograms.length(a.themes())), "type", "image/svg+xml");
        FeedText.eventElements(xml, p, next);
        xml.close();
    }
}
