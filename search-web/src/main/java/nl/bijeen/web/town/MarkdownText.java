package nl.bijeen.web.town;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import nl.bijeen.connectors.text.HtmlSanitizer;

/**
 * Turns an admin's Markdown into HTML that is safe on a public page. Two layers, so one mistake is not enough:
 * commonmark drops unsafe link targets ({@code javascript:}, {@code data:}), then the result is cleaned with
 * the connectors' {@link HtmlSanitizer#safelist()} (p, br, b, strong, i, em, lists, links with http/https/mailto
 * and rel=nofollow) plus h2–h4 and blockquote, which a page text needs and a
 * publisher's description does not. Raw HTML in the Markdown is not escaped but left to the cleaner, so a pasted
 * {@code <script>} or {@code <iframe>} disappears instead of showing up as markup text for residents. A "#"
 * heading becomes h2 (the page's own title is its only h1), and h5/h6 become h4.
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();

    private MarkdownText() {
    }

    /** Safe HTML of {@code markdown}; "" for nothing. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)));
        for (Element heading : dirty.body().select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            heading.tagName("h" + Math.clamp(level, 2, 4));
        }
        Document clean = new Cleaner(safelist()).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.body().select("a:not([href])").forEach(Element::unwrap);
        return clean.body().html().trim();
    }

    private static Safelist safelist() {
        return HtmlSanitizer.safelist().addTags("h2", "h3", "h4", "blockquote");
    }
}
