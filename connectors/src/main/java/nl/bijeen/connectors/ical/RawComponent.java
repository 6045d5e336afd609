package nl.bijeen.connectors.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A component (VCALENDAR, VEVENT, VTIMEZONE, …) with its properties and sub-components, in document order. */
final class RawComponent {

    private final String name;
    private final List<RawProperty> properties = new ArrayList<>();
    private final List<RawComponent> children = new ArrayList<>();

    RawComponent(String name) {
        this.name = name.toUpperCase(Locale.ROOT);
    }

    String name() {
        return name;
    }

    void add(RawProperty property) {
        properties.add(property);
    }

    void add(RawComponent child) {
        children.add(child);
    }

    Optional<RawProperty> first(String propertyName) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(propertyName)).findFirst();
    }

    /** The first property's text value, blank treated as absent. */
    Optional<String> text(String propertyName) {
        return first(propertyName).map(RawProperty::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    List<RawProperty> all(String propertyName) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(propertyName)).toList();
    }

    List<RawComponent> children(String componentName) {
        return children.stream().filter(c -> c.name.equalsIgnoreCase(componentName)).toList();
    }
}
