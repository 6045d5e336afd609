package nl.bijeen.connectors.spi;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Fetched bytes with what the transport said about them.
 *
 * @param url         the URL they were fetched from (after redirects): the base for relative links
 * @param contentType the Content-Type header, or {@code null}
 * @param body        the raw body
 */
public record Document(URI url, String contentType, byte[] body) {

    public Document {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
    }

    /** The first {@code max} characters, decoded leniently as UTF-8, with a leading BOM and whitespace removed: for sniffing. */
    public String head(int max) {
        String s = new String(body, 0, Math.min(body.length, max * 4), StandardCharsets.UTF_8);
        s = s.replace("\uFEFF", "").stripLeading();
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** The charset named in the Content-Type, else UTF-8. */
    public Charset charset() {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").trim());
                    } catch (RuntimeException unknownCharset) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** True when the Content-Type's media type contains {@code fragment} (case-insensitive). */
    public boolean contentTypeContains(String fragment) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains(fragment);
    }
}
