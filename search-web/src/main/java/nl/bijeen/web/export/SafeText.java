package nl.bijeen.web.export;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers every export uses on scraped text and links. */
final class SafeText {

    /** Control characters other than tab and line breaks: invalid in XML 1.0 and meaningless in every format. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");
    /** Deliberately simple: one @, no spaces or characters that would break a mailto: link or a CSV cell. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"';,()\\\\]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,}");

    private SafeText() {
    }

    /** The text without control characters; {@code null} stays {@code null}, so "not known" is kept apart from "". */
    static String clean(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("").strip();
    }

    /** The text, or "" when unknown. */
    static String orEmpty(String text) {
        String clean = clean(text);
        return clean == null ? "" : clean;
    }

    /**
     * The link when it is an absolute http or https URL, otherwise {@code null}: a {@code javascript:} or
     * {@code data:} link from a source must never become clickable in an export.
     */
    static String webLink(String link) {
        String clean = clean(link);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(clean);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toASCIIString()
                    : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** The e-mail address when it looks like one, otherwise {@code null}. */
    static String email(String address) {
        String clean = clean(address);
        if (clean == null) {
            return null;
        }
        String bare = clean.regionMatches(true, 0, "mailto:", 0, 7) ? clean.substring(7) : clean;
        return EMAIL.matcher(bare).matches() ? bare : null;
    }

    /** HTML escaping for text that a reader will interpret as HTML (RSS descriptions). */
    static String html(String text) {
        String clean = orEmpty(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (char c : clean.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
