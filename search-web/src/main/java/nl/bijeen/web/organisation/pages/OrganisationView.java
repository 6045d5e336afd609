package nl.bijeen.web.organisation.pages;

import java.util.List;

import io.micronaut.core.annotation.Introspected;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.web.organisation.search.OrganisationLabels;
import nl.bijeen.web.web.ResultView;

/**
 * An organisation as one entry of the directory (list, map and network list): what a resident or welfare worker
 * needs to decide whether to get in touch. Links are only made of safe addresses ({@link SafeLinks}).
 *
 * @param summary the start of the description, cut at a word
 * @param wijken  names of the wijken it works in
 */
@Introspected
public record OrganisationView(long id, String name, String page, String kind, String summary, List<String> wijken,
                               List<String> themes, String address, String phone, String phoneLink, String email,
                               String website, Double latitude, Double longitude) {

    static OrganisationView of(StoredOrganisation o, OrganisationLabels labels) {
        String address = o.place() == null ? null
                : o.place().address() != null ? o.place().address() : o.place().name();
        boolean onMap = o.place() != null && o.place().hasCoordinates();
        return new OrganisationView(o.id(), o.name(), SafeLinks.organisationPath(o.id(), o.name()),
                labels.kind(o.kind().code()), ResultView.summary(o.description()),
                o.wijken().stream().map(labels.wijk()).toList(), o.themes().stream().map(labels.theme()).toList(),
                address, o.phone(), SafeLinks.tel(o.phone()), SafeLinks.email(o.email()), SafeLinks.web(o.website()),
                onMap ? o.place().latitude() : null, onMap ? o.place().longitude() : null);
    }

    public boolean onMap() {
        return latitude != null && longitude != null;
    }

    public String wijkenText() {
        return String.join(", ", wijken);
    }

    public String themesText() {
        return String.join(", ", themes);
    }
}
