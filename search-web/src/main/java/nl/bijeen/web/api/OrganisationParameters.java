package nl.bijeen.web.api;

import java.util.List;

import io.micronaut.http.HttpParameters;

import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.web.organisation.search.OrganisationQuery;
import nl.bijeen.web.search.InvalidSearchException;
import nl.bijeen.web.search.SearchParameters;

/**
 * Reads the query parameters of {@code /api/organisations}: the directory's words and filters under the names the
 * activities API uses ({@code q}, {@code theme}, {@code audience}, {@code wijk}, each may repeat) plus {@code kind}
 * (a kind of organisation), {@code sort} ({@code relevance} or {@code name}) and the same paging ({@code limit},
 * {@code offset}). Every wrong value is refused naming the parameter, in plain Dutch.
 */
final class OrganisationParameters {

    private OrganisationParameters() {
    }

    static OrganisationQuery read(HttpParameters parameters) {
        SearchParameters.Source p = parameters::getAll;
        String text = p.first(SearchParameters.Q);
        if (text != null && text.length() > SearchParameters.MAX_QUERY_LENGTH) {
            throw new InvalidSearchException(SearchParameters.Q, "De zoekvraag (q) is te lang: hoogstens "
                    + SearchParameters.MAX_QUERY_LENGTH + " tekens.");
        }
        List<String> kinds = values(p, SearchParameters.KIND);
        for (String kind : kinds) {
            if (OrganisationKind.ofCode(kind).isEmpty()) {
                throw new InvalidSearchException(SearchParameters.KIND, "Onbekende soort organisatie \"" + kind
                        + "\". Kies uit: " + String.join(", ", java.util.Arrays.stream(OrganisationKind.values())
                        .map(OrganisationKind::code).toList()) + ".");
            }
        }
        return new OrganisationQuery(text, values(p, SearchParameters.THEME), values(p, SearchParameters.AUDIENCE),
                values(p, SearchParameters.WIJK), kinds, sort(p.first(SearchParameters.SORT)),
                SearchParameters.wholeNumber(p, "offset", 0, 0, OrganisationQuery.MAX_OFFSET),
                SearchParameters.wholeNumber(p, "limit", ApiParameters.DEFAULT_LIMIT, 1, ApiParameters.MAX_LIMIT));
    }

    private static OrganisationQuery.Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "relevance" -> OrganisationQuery.Sort.RELEVANCE;
            case "name" -> OrganisationQuery.Sort.NAME;
            default -> throw new InvalidSearchException(SearchParameters.SORT,
                    "Sorteer (sort) op relevance of name, niet \"" + value + "\".");
        };
    }

    private static List<String> values(SearchParameters.Source p, String name) {
        List<String> values = p.all(name);
        return values == null ? List.of() : values;
    }
}
