package nl.bijeen.web.organisation.pages;

import java.util.List;

import io.micronaut.core.annotation.Introspected;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.web.organisation.search.OrganisationLabels;
import nl.bijeen.web.search.SearchLink;

/**
 * Everything the organisation page shows about the organisation itself, ready for the template: labels instead of
 * codes, links only where they are safe, and each wijk and theme as a link to the directory filtered on it.
 *
 * @param subsidised "Ja"/"Nee" when a source says, else {@code null}
 * @param logo       only an https address (a page on https must not load pictures over http)
 */
@Introspected
public record OrganisationDetail(OrganisationView summary, String description, List<String> otherNames,
                                 String placeName, List<String> openingHours, String logo, String subsidised,
                                 List<Link> wijken, List<Link> themes, List<String> audiences) {

    /** A label with where it leads. */
    @Introspected
    public record Link(String label, String href) {
    }

    static OrganisationDetail of(StoredOrganisation o, OrganisationLabels labels) {
        String logo = o.logo() != null && "https".equalsIgnoreCase(o.logo().getScheme()) ? SafeLinks.web(o.logo())
                : null;
        return new OrganisationDetail(OrganisationView.of(o, labels), o.description() == null ? "" : o.description(),
                o.otherNames(), o.place() == null ? null : o.place().name(), o.openingHours(), logo,
                o.subsidised() == null ? null : o.subsidised() ? "Ja" : "Nee",
                o.wijken().stream().map(w -> new Link(labels.wijk().apply(w), filter(DirectoryRequest.WIJK, w)))
                        .toList(),
                o.themes().stream().map(t -> new Link(labels.theme().apply(t), filter(DirectoryRequest.THEME, t)))
                        .toList(),
                o.audiences().stream().map(labels.audience()).toList());
    }

    private static String filter(String parameter, String value) {
        return SearchLink.empty().with(parameter, value).at("/organisaties");
    }
}
