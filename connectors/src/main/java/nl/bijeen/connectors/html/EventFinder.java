package nl.bijeen.connectors.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds schema.org Events anywhere in a JSON-LD tree: at the top, in arrays, in {@code @graph}, and nested
 * (ItemList.itemListElement, ListItem.item, an Event's subEvent), in document order.
 */
final class EventFinder {

    /** Deeper than this is not a page's structured data but a trap. */
    private static final int MAX_DEPTH = 32;

    private final int limit;
    private final List<JsonNode> events = new ArrayList<>();
    private final Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean truncated;

    EventFinder(int limit) {
        this.limit = limit;
    }

    void search(JsonNode root) {
        visit(root, 0);
    }

    List<JsonNode> events() {
        return events;
    }

    /** True when more events were found than the limit allows. */
    boolean truncated() {
        return truncated;
    }

    private void visit(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH || !node.isContainerNode()) {
            return;
        }
        if (EventTypes.isEvent(node) && seen.add(node)) {
            if (events.size() == limit) {
                truncated = true;
                return;
            }
            events.add(node);
        }
        for (JsonNode child : node) {
            visit(child, depth + 1);
        }
    }
}
