package nl.bijeen.connectors.feed;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jdom2.Element;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;

import nl.bijeen.connectors.text.Links;

/**
 * An item's picture: an enclosure of an image type, else Media RSS ({@code media:content} of an image type or
 * medium, {@code media:thumbnail}, also inside {@code media:group}) read from the item's foreign markup, which
 * saves a dependency on rome-modules for two attributes.
 */
final class FeedImages {

    static final String MEDIA_RSS = "http://search.yahoo.com/mrss/";

    private FeedImages() {
    }

    static URI imageOf(SyndEntry entry, URI base) {
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            String type = enclosure.getType() == null ? "" : enclosure.getType().toLowerCase(Locale.ROOT);
            URI url = Links.absolute(enclosure.getUrl(), base);
            if (type.startsWith("image/") && url != null) {
                return url;
            }
        }
        return mediaImage(entry.getForeignMarkup(), base);
    }

    private static URI mediaImage(List<Element> markup, URI base) {
        for (Element element : markup) {
            if (!MEDIA_RSS.equals(element.getNamespaceURI())) {
                continue;
            }
            URI found = switch (element.getName()) {
                case "content" -> isImage(element) ? Links.absolute(element.getAttributeValue("url"), base) : null;
                case "thumbnail" -> Links.absolute(element.getAttributeValue("url"), base);
                case "group" -> mediaImage(element.getChildren(), base);
                default -> null;
            };
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean isImage(Element content) {
        String type = content.getAttributeValue("type", "").toLowerCase(Locale.ROOT);
        String medium = content.getAttributeValue("medium", "").toLowerCase(Locale.ROOT);
        return type.startsWith("image/") || medium.equals("image");
    }
}
