package nl.bijeen.web.organisation.search;

import java.util.List;
import java.util.function.Function;

import nl.bijeen.web.organisation.index.OrganisationFields;

/** The four ways the directory is filtered and counted, with their index fields and place in a query. */
enum Dimension {
    THEME(OrganisationFields.THEME, OrganisationFields.FACET_THEME, OrganisationQuery::themes),
    AUDIENCE(OrganisationFields.AUDIENCE, OrganisationFields.FACET_AUDIENCE, OrganisationQuery::audiences),
    WIJK(OrganisationFields.WIJK, OrganisationFields.FACET_WIJK, OrganisationQuery::wijken),
    KIND(OrganisationFields.KIND, OrganisationFields.FACET_KIND, OrganisationQuery::kinds);

    private final String field;
    private final String facetField;
    private final Function<OrganisationQuery, List<String>> chosen;

    Dimension(String field, String facetField, Function<OrganisationQuery, List<String>> chosen) {
        this.field = field;
        this.facetField = facetField;
        this.chosen = chosen;
    }

    String field() {
        return field;
    }

    String facetField() {
        return facetField;
    }

    List<String> chosen(OrganisationQuery query) {
        return chosen.apply(query);
    }
}
