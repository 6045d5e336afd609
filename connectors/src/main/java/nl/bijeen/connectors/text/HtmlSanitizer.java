package nl.bijeen.connectors.text;

import java.net.URI;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import nl.bijeen.connectors.model.Description;

/**
 * Turns a published description (HTML or plain text) into a {@link Description}: plain text for search and
 * snippets, and HTML restricted to a small safe subset for display. Every connector uses this one helper, so the
 * pages only ever see markup from this list: p, br, b, strong, i, em, ul, ol, li and a[href] (http, https, mailto;
 * relative links resolved against the document URL, {@code rel="nofollow noopener"} enforced).
 */
public final class HtmlSanitizer {

    /** A tag or an entity: enough to treat the input as HTML rather than plain text. */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private HtmlSanitizer() {
    }

    private static Safelist safelist() {
        return new Safelist()
                .addTags("p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "a")
                .addAttributes("a", "href")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addEnforcedAttribute("a", "rel", "nofollow noopener")
                .preserveRelativeLinks(false);
    }

    /** Describes {@code published}, which may be HTML or plain text with newlines; {@code base} resolves relative links. */
    public static Description describe(String published, URI base) {
        if (published == null || published.isBlank()) {
            return Description.EMPTY;
        }
        return LOOKS_LIKE_HTML.matcher(published).find() ? fromHtml(published, base) : fromPlainText(published);
    }

    /** Plain text of an HTML fragment (entities decoded, block boundaries as newlines), e.g. for titles. */
    public static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return PlainTextRenderer.render(Jsoup.parseBodyFragment(html).body());
    }

    /**
     * A label (title, category, name) as one line of plain text: markup removed, entities decoded (also the
     * doubly escaped ones WordPress puts in CDATA), whitespace collapsed.
     */
    public static String singleLine(String label) {
        return plainText(label).replaceAll("\\s+", " ").strip();
    }

    private static Description fromHtml(String html, URI base) {
        String baseUri = base == null ? "" : base.toString();
        Document dirty = Jsoup.parseBodyFragment(html, baseUri);
        String text = PlainTextRenderer.render(dirty.body());
        Document clean = new Cleaner(safelist()).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        tidy(clean.body());
        return new Description(text, clean.body().html().trim());
    }

    /** Removes what the cleaner leaves behind but nobody wants: links whose href was unsafe, empty paragraphs. */
    private static void tidy(Element body) {
        body.select("a:not([href])").forEach(Element::unwrap);
        body.select("p, li, b, strong, i, em").forEach(e -> {
            if (e.text().isBlank() && e.select("br").isEmpty()) {
                e.remove();
            }
        });
    }

    private static Description fromPlainText(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder html = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (String paragraph : BLANK_LINES.split(normalised)) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!plain.isEmpty()) {
                plain.append("\n\n");
            }
            plain.append(p.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse(""));
            html.append("<p>")
                    .append(String.join("<br>", p.lines().map(l -> Entities.escape(l.strip())).toList()))
                    .append("</p>");
        }
        return new Description(plain.toString(), html.toString());
    }
}
