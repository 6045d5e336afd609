package nl.bijeen.connectors.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * HTML microdata ({@code itemscope itemtype="https://schema.org/Event"} with {@code itemprop}s, as Drupal, Joomla
 * and older WordPress themes print it) read into the same JSON tree as JSON-LD, so that one finder and one mapper
 * serve both: an item becomes an object with {@code @type} (from itemtype), {@code @id} (from itemid) and one
 * field per property; a property given twice becomes an array; a nested itemscope a nested object. Values follow
 * the HTML standard (meta content, time datetime, a href, img src, data/meter value, else the text), with a
 * {@code content} attribute on any element winning, as schema.org's examples use it; a description keeps its HTML.
 */
final class MicrodataItems {

    /** Items nested deeper than this are a trap, not a page. */
    private static final int MAX_DEPTH = 16;

    private final org.jsoup.nodes.Document page;

    private MicrodataItems(org.jsoup.nodes.Document page) {
        this.page = page;
    }

    /** The page's top-level items (itemscope without itemprop), in document order. */
    static List<JsonNode> read(org.jsoup.nodes.Document page) {
        MicrodataItems reader = new MicrodataItems(page);
        List<JsonNode> items = new ArrayList<>();
        for (Element scope : page.select("[itemscope]:not([itemprop])")) {
            items.add(reader.item(scope, 0, Collections.newSetFromMap(new IdentityHashMap<>())));
        }
        return items;
    }

    private ObjectNode item(Element scope, int depth, Set<Element> visiting) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        ArrayNode types = JsonNodeFactory.instance.arrayNode();
        for (String type : scope.attr("itemtype").trim().split("\\s+")) {
            if (!type.isEmpty()) {
                types.add(type);
            }
        }
        item.set("@type", types);
        if (scope.hasAttr("itemid")) {
            item.put("@id", scope.attr("abs:itemid").isEmpty() ? scope.attr("itemid") : scope.attr("abs:itemid"));
        }
        if (depth > MAX_DEPTH || !visiting.add(scope)) {
            return item;
        }
        List<Element> properties = new ArrayList<>();
        collect(scope, properties);
        for (String ref : scope.attr("itemref").trim().split("\\s+")) {
            Element referenced = ref.isEmpty() ? null : page.getElementById(ref);
            if (referenced != null && referenced.hasAttr("itemprop")) {
                properties.add(referenced);
            } else if (referenced != null) {
                collect(referenced, properties);
            }
        }
        for (Element property : properties) {
            JsonNode value = property.hasAttr("itemscope") ? item(property, depth + 1, visiting) : value(property);
            for (String name : property.attr("itemprop").trim().split("\\s+")) {
                add(item, name, value);
            }
        }
        visiting.remove(scope);
        return item;
    }

    /** The elements below {@code parent} with an itemprop that belong to its item: not inside a nested itemscope. */
    private static void collect(Element parent, List<Element> properties) {
        for (Element child : parent.children()) {
            if (child.hasAttr("itemprop")) {
                properties.add(child);
            }
            if (!child.hasAttr("itemscope")) {
                collect(child, properties);
            }
        }
    }

    private static JsonNode value(Element element) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (element.hasAttr("content")) {
            return json.textNode(element.attr("content"));
        }
        String value = switch (element.normalName()) {
            case "meta" -> element.attr("content");
            case "audio", "embed", "iframe", "img", "source", "track", "video" -> element.attr("abs:src");
            case "a", "area", "link" -> element.attr("abs:href");
            case "object" -> element.attr("abs:data");
            case "data", "meter" -> element.attr("value");
            case "time" -> element.hasAttr("datetime") ? element.attr("datetime") : element.text();
            default -> element.attr("itemprop").contains("description") ? element.html() : element.text();
        };
        return json.textNode(value);
    }

    private static void add(ObjectNode item, String name, JsonNode value) {
        if (name.isEmpty()) {
            return;
        }
        JsonNode present = item.get(name);
        if (present == null) {
            item.set(name, value);
        } else if (present.isArray()) {
            ((ArrayNode) present).add(value);
        } else {
            item.set(name, JsonNodeFactory.instance.arrayNode().add(present).add(value));
        }
    }
}
