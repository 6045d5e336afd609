package nl.bijeen.web.hsds;

import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bijeen's classifications as HSDS attributes: each links a record to a term of one of Bijeen's three taxonomies
 * (kinds of organisation, themes, audiences), with the term and its taxonomy inline so a consumer needs nothing else.
 */
final class HsdsAttributes {

    /** One of Bijeen's taxonomies: the code used as HSDS link_type, and its Dutch name. */
    enum Vocabulary {
        KIND("organization_kind", "Bijeen soorten organisaties", "Het soort organisatie, zoals bibliotheek of kerk"),
        THEME("theme", "Bijeen thema's", "Waar een activiteit of organisatie over gaat"),
        AUDIENCE("audience", "Bijeen doelgroepen", "Voor wie een activiteit of organisatie er is");

        final String linkType;
        final String name;
        final String description;

        Vocabulary(String linkType, String name, String description) {
            this.linkType = linkType;
            this.name = name;
            this.description = description;
        }
    }

    private HsdsAttributes() {
    }

    /** Adds one attribute per code to {@code attributes}, naming each term with {@code label}. */
    static void add(ArrayNode attributes, Vocabulary vocabulary, List<String> codes, UnaryOperator<String> label,
                    String linkId, String linkEntity) {
        for (String code : codes) {
            String termId = HsdsIds.of("taxonomy_term", vocabulary.linkType + "/" + code);
            attributes.addObject()
                    .put("id", HsdsIds.of("attribute", linkEntity + "/" + linkId + "/" + vocabulary.linkType + "/" + code))
                    .put("link_id", linkId)
                    .put("link_type", vocabulary.linkType)
                    .put("link_entity", linkEntity)
                    .put("taxonomy_term_id", termId)
                    .set("taxonomy_term", term(vocabulary, code, label.apply(code), termId));
        }
    }

    private static ObjectNode term(Vocabulary vocabulary, String code, String name, String termId) {
        String taxonomyId = HsdsIds.of("taxonomy", vocabulary.linkType);
        ObjectNode term = JsonNodeFactory.instance.objectNode()
                .put("id", termId).put("code", code).put("name", name).put("description", name)
                .put("taxonomy_id", taxonomyId);
        term.putObject("taxonomy").put("id", taxonomyId).put("name", vocabulary.name)
                .put("description", vocabulary.description);
        return term;
    }
}
