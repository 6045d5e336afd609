package nl.bijeen.connectors.html;

import java.net.URI;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bijeen.connectors.text.Links;

/**
 * Nodes published once and referred to by {@code @id}: Yoast's @graph and municipal agendas give a Place or
 * Organization its own node and write {@code "location": {"@id": "#place-1"}} in each Event. This index holds
 * every node with an {@code @id} and more than that id, from every block on the page, and copies an Event with
 * its references replaced by the nodes they name. Ids match as published and as made absolute against the page.
 */
final class NodeReferences {

    /** References inside references (Event → Place → PostalAddress) are followed this deep, which also stops cycles. */
    private static final int MAX_DEPTH = 4;

    private final URI page;
    private final Map<String, JsonNode> byId = new HashMap<>();

    NodeReferences(URI page) {
        this.page = page;
    }

    void index(JsonNode node) {
        index(node, 0);
    }

    private void index(JsonNode node, int depth) {
        if (node == null || !node.isContainerNode() || depth > 32) {
            return;
        }
        String id = node.isObject() ? JsonLdValues.text(node, "@id") : null;
        if (id != null && node.size() > 1) {
            byId.putIfAbsent(key(id), node);
        }
        for (JsonNode child : node) {
            index(child, depth + 1);
        }
    }

    /** A copy of {@code node} in which every bare {@code {"@id": …}} that names a known node is that node. */
    JsonNode resolve(JsonNode node) {
        return resolve(node, 0);
    }

    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return node;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(resolve(element, depth)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        if (node.size() == 1 && node.has("@id")) {
            JsonNode target = byId.get(key(JsonLdValues.text(node, "@id")));
            return target == null ? node : resolve(target, depth + 1);
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            boolean nested = field.getKey().equals("subEvent") || field.getKey().equals("superEvent");
            copy.set(field.getKey(), nested ? field.getValue() : resolve(field.getValue(), depth + 1));
        }
        return copy;
    }

    private String key(String id) {
        if (id == null) {
            return "";
        }
        URI absolute = Links.absolute(id, page);
        return absolute == null ? id : absolute.toString();
    }
}
