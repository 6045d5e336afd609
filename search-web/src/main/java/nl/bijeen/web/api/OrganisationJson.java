package nl.bijeen.web.api;

import java.util.List;
import java.util.function.UnaryOperator;

import io.micronaut.serde.annotation.Serdeable;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.web.organisation.search.OrganisationLabels;

/**
 * One organisation in the API. Codes (themes, audiences, wijken, kind) come with the labels residents read.
 *
 * @param url           its page on this site
 * @param hsds          the same organisation in the Open Referral HSDS shape
 * @param activityIds   its live activities (details at {@code /api/activities/{id}}); only in the single-organisation
 *                      answer, null in lists
 */
@Serdeable
public record OrganisationJson(long id, String name, List<String> otherNames, CodeJson kind, String description,
                               List<CodeJson> themes, List<CodeJson> audiences, List<CodeJson> wijken,
                               AddressJson address, String phone, String email, String website,
                               List<String> openingHours, String logo, Boolean subsidised, List<String> sources,
                               int activityCount, String url, String hsds, List<Long> activityIds) {

    @Serdeable
    public record CodeJson(String code, String label) {
    }

    /** Where the organisation is; coordinates null when unknown. */
    @Serdeable
    public record AddressJson(String name, String address, Double latitude, Double longitude) {
    }

    static OrganisationJson of(StoredOrganisation o, OrganisationLabels labels, List<Long> activityIds) {
        return new OrganisationJson(o.id(), o.name(), o.otherNames(), new CodeJson(o.kind().code(), o.kind().label()),
                o.description(), codes(o.themes(), labels.theme()), codes(o.audiences(), labels.audience()),
                codes(o.wijken(), labels.wijk()),
                o.place() == null ? null : new AddressJson(o.place().name(), o.place().address(),
                        o.place().latitude(), o.place().longitude()),
                o.phone(), o.email(), o.website() == null ? null : o.website().toString(), o.openingHours(),
                o.logo() == null ? null : o.logo().toString(), o.subsidised(), o.sourceIds(), o.activityCount(),
                "/organisaties/" + o.id(), "/api/hsds/organizations/" + o.id(), activityIds);
    }

    private static List<CodeJson> codes(List<String> codes, UnaryOperator<String> label) {
        return codes.stream().map(c -> new CodeJson(c, label.apply(c))).toList();
    }
}
