package nl.bijeen.aggregator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import nl.bijeen.aggregator.dedupe.Publication;

/** The stored list of publications of an activity, written in a fixed order so equal lists give equal text. */
final class PublicationsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PublicationsJson() {
    }

    static String write(List<Publication> publications) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Publication p : publications) {
            array.addObject().put("sourceId", p.sourceId()).put("sourceName", p.sourceName()).put("itemId", p.itemId())
                    .put("link", p.link() == null ? null : p.link().toString());
        }
        return array.toString();
    }

    static List<Publication> read(String json) {
        try {
            List<Publication> publications = new ArrayList<>();
            for (JsonNode node : MAPPER.readTree(json)) {
                JsonNode link = node.get("link");
                publications.add(new Publication(node.get("sourceId").asText(), node.get("sourceName").asText(),
                        node.get("itemId").asLong(), link == null || link.isNull() ? null : URI.create(link.asText())));
            }
            return publications;
        } catch (IOException e) {
            throw new UncheckedIOException("stored publications are not valid JSON", e);
        }
    }
}
