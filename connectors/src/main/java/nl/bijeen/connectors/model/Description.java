package nl.bijeen.connectors.model;

/**
 * A description in two forms: plain text for search and snippets, and HTML restricted to a small safe subset
 * (see {@code nl.bijeen.connectors.text.HtmlSanitizer}) for display.
 */
public record Description(String text, String html) {

    public static final Description EMPTY = new Description("", "");

    public Description {
        text = text == null ? "" : text;
        html = html == null ? "" : html;
    }
}
