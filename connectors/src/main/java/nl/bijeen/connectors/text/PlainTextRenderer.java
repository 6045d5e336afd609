package nl.bijeen.connectors.text;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML as readable plain text: block elements become paragraph breaks, {@code br} and list items line
 * breaks, runs of whitespace one space. jsoup's own {@code text()} would run every paragraph together.
 */
final class PlainTextRenderer implements NodeVisitor {

    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "figure", "dl");
    private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template");

    private final StringBuilder out = new StringBuilder();

    static String render(Element root) {
        PlainTextRenderer renderer = new PlainTextRenderer();
        NodeTraversor.traverse(renderer, root);
        return renderer.result();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text && !insideSkipped(text)) {
            appendText(text.getWholeText());
        } else if (node instanceof Element element) {
            breakFor(element.normalName());
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && PARAGRAPHS.contains(element.normalName())) {
            breakFor(element.normalName());
        }
    }

    private static boolean insideSkipped(TextNode text) {
        for (Element parent = text.parent() instanceof Element e ? e : null; parent != null; parent = parent.parent()) {
            if (SKIPPED.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private void breakFor(String tag) {
        if (PARAGRAPHS.contains(tag)) {
            out.append("\n\n");
        } else if (LINES.contains(tag)) {
            out.append('\n');
        }
    }

    private void appendText(String text) {
        String collapsed = text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
        boolean atLineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        boolean afterSpace = !out.isEmpty() && out.charAt(out.length() - 1) == ' ';
        if ((atLineStart || afterSpace) && collapsed.startsWith(" ")) {
            collapsed = collapsed.substring(1);
        }
        out.append(collapsed);
    }

    private String result() {
        return out.toString()
                .replaceAll(" +\\n", "\n")
                .replaceAll("\\n +", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
