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

    /**
     * A known HTML tag, an HTML comment or an entity: enough to treat the input as HTML ("<twee>" in a text is no
     * tag). Active content (scripts, frames, forms, media, svg/math, document-level tags) counts as HTML too, even
     * with an unclosed tag, so that it is removed rather than shown to readers as literal markup.
     */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "</?(p|br|div|span|a|b|strong|i|em|u|small|font|ul|ol|li|h[1-6]|img|table|tr|td|th|blockquote|pre|hr"
                    + "|section|article|figure|header|footer)(\\s[^<>]*)?/?>"
                    + "|</?(script|style|iframe|frame|frameset|object|embed|applet|param|form|input|button|select"
                    + "|textarea|option|isindex|keygen|svg|math|video|audio|source|track|canvas|meta|link|base|html"
                    + "|head|body|title|template|noscript|noembed|noframes|xmp|plaintext|listing|details|marquee"
                    + "|dialog)[\\s/>]"
                    + "|<!--|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\\d*);",
            Pattern.CASE_INSENSITIVE);
    /** Block-level markup: when present, the publisher's line breaks are formatting whitespace, else they are content. */
    private static final Pattern HAS_BLOCKS = Pattern.compile("<(p|br|div|li|h[1-6]|table|blockquote|pre)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private HtmlSanitizer() {
    }

    /**
     * The tags and links a published description may keep; a new list each time, so a caller that needs a few
     * more (headings in an admin's page text) can add them without widening this one.
     */
    public static Safelist safelist() {
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
        Document dirty = Jsoup.parseBodyFragment(keepLineBreaks(html), baseUri);
        String text = PlainTextRenderer.render(dirty.body());
        Document clean = new Cleaner(safelist()).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        tidy(clean.body());
        return new Description(text, clean.body().html().trim());
    }

    /** Text with a little inline markup ("Zie <a href=..>site</a>\\nTot dan!") keeps its line breaks. */
    private static String keepLineBreaks(String html) {
        if (HAS_BLOCKS.matcher(html).find()) {
            return html;
        }
        String normalised = html.replace("\r\n", "\n").replace('\r', '\n').strip();
        return "<p>" + BLANK_LINES.matcher(normalised).replaceAll("</p><p>").replace("\n", "<br>") + "</p>";
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
