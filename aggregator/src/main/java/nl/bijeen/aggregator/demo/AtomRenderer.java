package nl.bijeen.aggregator.demo;

import java.util.List;

/** A site's news feed as Atom 1.0; each entry states its date in Dutch in the summary and in ev: elements. */
final class AtomRenderer {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    byte[] render(RenderContext ctx) {
        String updated = FeedText.ISO.format(ctx.updated());
        XmlOut xml = new XmlOut()
                .open("feed", "xmlns", ATOM_NS, "xmlns:ev", FeedText.EVENT_NS, "xml:lang", "nl")
                .text("id", "urn:bijeen-demo:" + ctx.site().id())
                .text("title", ctx.site().name())
                .text("subtitle", FeedText.publisherDescription(ctx))
                .text("updated", updated)
                .empty("link", "rel", "self", "type", "application/atom+xml", "href", ctx.feedUrl().toString())
                .empty("link", "rel", "alternate", "type", "text/html", "href", ctx.siteUrl().toString());
        ctx.logoUrl(ctx.site().organisation()).ifPresent(logo ->
                xml.text("icon", logo.toString()).text("logo", logo.toString()));
        author(xml, ctx.site().organisation());
        for (Publication p : ctx.publications()) {
            entry(xml, ctx, p, updated);
        }
        return xml.close().finish();
    }

    private void entry(XmlOut xml, RenderContext ctx, Publication p, String updated) {
        List<DemoOccurrence> shown = p.shownOccurrences(ctx.clock());
        DemoOccurrence next = shown.isEmpty() ? null : shown.get(0);
        DemoActivity a = p.activity();
        xml.open("entry")
                .text("id", ItemIds.feedId(p.site(), a))
                .text("title", p.title())
                .text("updated", updated)
                .empty("link", "rel", "alternate", "type", "text/html", "href", ctx.itemLink(a).toString())
                .empty("link", "rel", "enclosure", "type", "image/svg+xml", "href", ctx.imageUrl(a).toString(),
                        "length", String.valueOf(Pictograms.length(a.themes())))
                .text("summary", FeedText.plain(p, next), "type", "text")
                .text("content", FeedText.html(p, next), "type", "html");
        if (!p.organiser().name().equals(ctx.site().organisation().name())) {
            author(xml, p.organiser()); // an entry by someone else than the feed's author
        }
        a.themes().forEach(t -> xml.empty("category", "term", t, "label", t));
        FeedText.eventElements(xml, p, next);
        xml.close();
    }

    private static void author(XmlOut xml, DemoOrganiser organiser) {
        xml.open("author").text("name", organiser.name());
        if (organiser.url() != null) {
            xml.text("uri", organiser.url());
        }
        if (organiser.email() != null) {
            xml.text("email", organiser.email());
        }
        xml.close();
    }
}
