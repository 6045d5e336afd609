package nl.bijeen.connectors.feed;

import java.util.List;
import java.util.Optional;

import org.jdom2.Element;

/**
 * The RSS 1.0 event module ({@code xmlns:ev="http://purl.org/rss/1.0/modules/event/"}: ev:startdate, ev:enddate,
 * ev:location, ev:organizer, ev:type) as published on an item. Rome has no parser for it, so it arrives as the
 * item's foreign markup.
 */
record EventModule(String startDate, String endDate, String location, String organizer, String type) {

    static final String NAMESPACE = "http://purl.org/rss/1.0/modules/event/";

    static EventModule of(List<Element> foreignMarkup) {
        return new EventModule(value(foreignMarkup, "startdate"), value(foreignMarkup, "enddate"),
                value(foreignMarkup, "location"), value(foreignMarkup, "organizer"), value(foreignMarkup, "type"));
    }

    boolean hasStart() {
        return startDate != null;
    }

    private static String value(List<Element> markup, String name) {
        Optional<String> text = markup.stream()
                .filter(e -> NAMESPACE.equals(e.getNamespaceURI()) && name.equalsIgnoreCase(e.getName()))
                .map(Element::getTextNormalize)
                .filter(s -> !s.isEmpty())
                .findFirst();
        return text.orElse(null);
    }
}
