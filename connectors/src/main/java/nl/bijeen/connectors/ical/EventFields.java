package nl.bijeen.connectors.ical;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.text.HtmlSanitizer;
import nl.bijeen.connectors.text.Links;

/** The descriptive fields of a VEVENT: what, where, who, links and images. Of the X- properties only Outlook's HTML description is read. */
final class EventFields {

    private static final Set<String> IMAGE_EXTENSIONS = Set.of(".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif");

    private final RawComponent event;
    private final URI base;

    EventFields(RawComponent event, URI base) {
        this.event = event;
        this.base = base;
    }

    Optional<String> title() {
        return event.text("SUMMARY").map(HtmlSanitizer::singleLine)
                .filter(t -> !t.isEmpty());
    }

    /**
     * Outlook's X-ALT-DESC;FMTTYPE=text/html (a whole HTML document, with the links and lists the plain DESCRIPTION
     * lost) when it has any text, else DESCRIPTION; both through the sanitiser.
     */
    Description description() {
        Optional<String> html = event.all("X-ALT-DESC").stream()
                .filter(p -> "text/html".equalsIgnoreCase(p.parameter("FMTTYPE")))
                .map(p -> Jsoup.parse(p.text()).body())
                .filter(body -> !body.text().isBlank())
                .map(Element::html)
                .findFirst();
        return html.or(() -> event.text("DESCRIPTION")).map(d -> HtmlSanitizer.describe(d, base))
                .orElse(Description.EMPTY);
    }

    Place place() {
        return EventPlace.of(event);
    }

    Organiser organiser() {
        return ICalOrganiser.of(event, base);
    }

    /** URL, else the meeting link that online events (Zoom, Jitsi) put in LOCATION. */
    URI link() {
        return event.text("URL").or(() -> event.text("LOCATION").filter(EventPlace::isWebAddress))
                .map(u -> Links.absolute(u, base)).orElse(null);
    }

    List<String> themes() {
        Set<String> themes = new LinkedHashSet<>();
        for (RawProperty categories : event.all("CATEGORIES")) {
            themes.addAll(ICalText.splitList(categories.value()));
        }
        return List.copyOf(themes);
    }

    /** IMAGE (RFC 7986) or an ATTACH that is an image by its FMTTYPE or file name; inline binaries are not used. */
    URI image() {
        for (String name : List.of("IMAGE", "ATTACH")) {
            for (RawProperty p : event.all(name)) {
                if ("BINARY".equalsIgnoreCase(p.parameter("VALUE")) || p.parameter("ENCODING") != null) {
                    continue;
                }
                URI uri = Links.absolute(p.value(), base);
                if (uri != null && (name.equals("IMAGE") || isImage(p, uri))) {
                    return uri;
                }
            }
        }
        return null;
    }

    private static boolean isImage(RawProperty attach, URI uri) {
        String type = attach.parameter("FMTTYPE");
        if (type != null) {
            return type.toLowerCase(Locale.ROOT).startsWith("image/");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return IMAGE_EXTENSIONS.stream().anyMatch(path::endsWith);
    }
}
