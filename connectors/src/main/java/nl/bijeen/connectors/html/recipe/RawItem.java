package nl.bijeen.connectors.html.recipe;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The texts read for one item, field by field, each with the URL of the page it came from (relative links and
 * images are resolved against that page, which is the detail page for fields read there).
 */
final class RawItem {

    private final int position;
    private final Map<String, List<String>> values = new HashMap<>();
    private final Map<String, URI> bases = new HashMap<>();

    RawItem(int position) {
        this.position = position;
    }

    /** Reads {@code rules} in {@code scope}; a field found here replaces what an earlier page gave. */
    void read(Map<String, FieldRule> rules, Element scope, URI base) {
        rules.forEach((field, rule) -> {
            List<String> found = rule.read(scope);
            if (!found.isEmpty()) {
                values.put(field, found);
                bases.put(field, base);
            }
        });
    }

    /** The detail page is the item's link when the list gave none. */
    void keepLink(URI url) {
        if (!values.containsKey("link")) {
            values.put("link", List.of(url.toString()));
            bases.put("link", url);
        }
    }

    /** Position of the item in the whole list (1-based, across pages), for warnings. */
    int position() {
        return position;
    }

    String first(String field) {
        List<String> found = values.get(field);
        return found == null ? null : found.getFirst();
    }

    List<String> all(String field) {
        return values.getOrDefault(field, List.of());
    }

    URI base(String field) {
        return bases.get(field);
    }
}
