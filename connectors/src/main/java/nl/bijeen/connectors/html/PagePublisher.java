package nl.bijeen.connectors.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.Organiser;

/**
 * Who publishes a page, from its structured data: the first top-level organisation node (a JSON-LD block or a member
 * of its {@code @graph}, or a top-level microdata item) with a name, else the {@code publisher} of a WebSite or
 * WebPage node (Yoast writes {@code "publisher": {"@id": "…#organization"}}). An organisation nested in an Event
 * is that event's organizer or performer, not the page's publisher.
 */
final class PagePublisher {

    private static final Set<String> PAGE_TYPES = Set.of("WebSite", "WebPage", "CollectionPage", "AboutPage",
            "ContactPage", "ItemPage");

    private PagePublisher() {
    }

    static Organiser of(List<JsonNode> jsonLdBlocks, List<JsonNode> microdataItems, NodeReferences references,
                        URI page) {
        List<JsonNode> topLevel = new ArrayList<>();
        jsonLdBlocks.forEach(block -> collect(block, topLevel));
        topLevel.addAll(microdataItems);
        for (JsonNode node : topLevel) {
            if (OrganisationNodes.isOrganisation(node)) {
                Organiser organisation = OrganisationNodes.of(node, page);
                if (organisation != null && organisation.name() != null) {
                    return organisation;
                }
            }
        }
        for (JsonNode node : topLevel) {
            if (JsonLdValues.types(node).stream().anyMatch(PAGE_TYPES::contains)) {
                Organiser publisher = OrganisationNodes.of(references.resolve(JsonLdValues.first(node, "publisher")),
                        page);
                if (publisher != null && publisher.name() != null) {
                    return publisher;
                }
            }
        }
        return null;
    }

    /** A block's top-level nodes: itself, the elements of an array, the members of an {@code @graph}. */
    private static void collect(JsonNode block, List<JsonNode> into) {
        if (block == null) {
            return;
        }
        if (block.isArray()) {
            block.forEach(element -> collect(element, into));
        } else if (block.isObject()) {
            if (block.has("@graph")) {
                JsonLdValues.all(block, "@graph").forEach(member -> collect(member, into));
            }
            into.add(block);
        }
    }
}
